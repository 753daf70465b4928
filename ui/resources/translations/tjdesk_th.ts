<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name></name>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>รหัสกรณี</translation>
    </message>
    <message>
        <source>Type of case</source>
        <translation>ประเภทกรณี</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>เปิดกรณีเมื่อ</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>ปิดกรณีเมื่อ</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>การให้คำปรึกษา</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>ให้คำปรึกษาครั้งแรก</translation>
    </message>
    <message>
        <source>Latest session</source>
        <translation>ให้คำปรึกษาครั้งล่าสุด</translation>
    </message>
    <message>
        <source>Kinds of contact</source>
        <translation>ช่องทางการติดต่อ</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>การส่งต่อที่ดำเนินการแล้ว</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>นัดติดตามผลครั้งถัดไป</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>ขั้นตอนต่อไป</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2</source>
        <translation>จัดทำโดย %1 เมื่อ %2</translation>
    </message>
    <message>
        <source>This report holds no name, contact details, location, session notes, health or legal information.</source>
        <translation>รายงานนี้ไม่มีชื่อ ข้อมูลติดต่อ ที่อยู่ บันทึกการให้คำปรึกษา ข้อมูลสุขภาพ หรือข้อมูลทางกฎหมาย</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was changed. Please try again.</source>
        <translation>เกิดข้อผิดพลาด ไม่มีการเปลี่ยนแปลงใด ๆ โปรดลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>วันและเวลา</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>ผู้เยี่ยมชม</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ผู้ดูแลคณะ</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>เอกสารชี้แจง</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>รายการตรวจสอบ</translation>
    </message>
    <message>
        <source>(printed)</source>
        <translation>(พิมพ์แล้ว)</translation>
    </message>
    <message>
        <source>%1 of 3 done</source>
        <translation>เสร็จ %1 จาก 3 ข้อ</translation>
    </message>
    <message>
        <source>Briefed</source>
        <translation>ชี้แจงแล้ว</translation>
    </message>
    <message>
        <source>Sheet signed</source>
        <translation>ลงนามในเอกสารแล้ว</translation>
    </message>
    <message>
        <source>Devices deposited</source>
        <translation>ฝากอุปกรณ์แล้ว</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 วินาที</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 นาที %2 วินาที</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ไม่มีผู้ใด</translation>
    </message>
    <message>
        <source>Type a device, for example panicbox:COM3 or sim:.</source>
        <translation>พิมพ์ชื่ออุปกรณ์ เช่น panicbox:COM3 หรือ sim:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known kind of device. Known kinds: panicbox, numato, lcus, modbus, sim.</source>
        <translation>&quot;%1&quot; ไม่ใช่ชนิดอุปกรณ์ที่รู้จัก ชนิดที่รู้จัก: panicbox, numato, lcus, modbus, sim</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no port. Add one, for example panicbox:COM3 or panicbox:/dev/ttyACM0.</source>
        <translation>&quot;%1&quot; ไม่ได้ระบุพอร์ต โปรดเพิ่ม เช่น panicbox:COM3 หรือ panicbox:/dev/ttyACM0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of the form name=value.</source>
        <translation>&quot;%1&quot; ไม่ใช่ตัวเลือกในรูปแบบ name=value</translation>
    </message>
    <message>
        <source>This kind of device has no option &quot;%1&quot;.</source>
        <translation>อุปกรณ์ชนิดนี้ไม่มีตัวเลือก &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; is given twice.</source>
        <translation>ระบุตัวเลือก &quot;%1&quot; ซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value.</source>
        <translation>&quot;%1&quot; ไม่ใช่ค่าที่ถูกต้อง</translation>
    </message>
    <message>
        <source>Two outputs use the same pin or channel &quot;%1&quot;. Give them different ones.</source>
        <translation>เอาต์พุตสองตัวใช้ขาหรือช่อง &quot;%1&quot; เดียวกัน โปรดกำหนดให้ต่างกัน</translation>
    </message>
    <message>
        <source>Device %1 reports a fault: %2.</source>
        <translation>อุปกรณ์ %1 แจ้งข้อขัดข้อง: %2</translation>
    </message>
    <message>
        <source>No panic button is set up for this room.</source>
        <translation>ยังไม่ได้ติดตั้งปุ่มฉุกเฉินสำหรับห้องนี้</translation>
    </message>
    <message>
        <source>The alarm service reports that the room is not protected.</source>
        <translation>ระบบสัญญาณฉุกเฉินแจ้งว่าห้องนี้ไม่มีการป้องกัน</translation>
    </message>
    <message>
        <source>The alarm service was stopped by %1.</source>
        <translation>ระบบสัญญาณฉุกเฉินถูกหยุดโดย %1</translation>
    </message>
    <message>
        <source>Connecting to the alarm service...</source>
        <translation>กำลังเชื่อมต่อกับระบบสัญญาณฉุกเฉิน...</translation>
    </message>
    <message>
        <source>The alarm is not running. Trying to start it again.</source>
        <translation>ระบบสัญญาณฉุกเฉินไม่ได้ทำงาน กำลังพยายามเริ่มใหม่</translation>
    </message>
    <message>
        <source>Room not protected</source>
        <translation>ห้องไม่มีการป้องกัน</translation>
    </message>
    <message>
        <source>Drill until %1. Presses now are tests, not real alarms.</source>
        <translation>ซ้อมจนถึง %1 การกดปุ่มตอนนี้เป็นการทดสอบ ไม่ใช่สัญญาณจริง</translation>
    </message>
    <message>
        <source>%1 test press(es) received; the last at %2 from the %3.</source>
        <translation>ได้รับการกดทดสอบ %1 ครั้ง ครั้งล่าสุดเมื่อ %2 จาก%3</translation>
    </message>
    <message>
        <source>Alarm drill</source>
        <translation>ซ้อมสัญญาณฉุกเฉิน</translation>
    </message>
    <message>
        <source>Room protected</source>
        <translation>ห้องมีการป้องกัน</translation>
    </message>
    <message>
        <source>Received ✓✓</source>
        <translation>ได้รับแล้ว ✓✓</translation>
    </message>
    <message>
        <source>Received ✓</source>
        <translation>ได้รับแล้ว ✓</translation>
    </message>
    <message>
        <source>the counseling room</source>
        <translation>ห้องให้คำปรึกษา</translation>
    </message>
    <message>
        <source>ALARM in %1</source>
        <translation>สัญญาณฉุกเฉินที่ %1</translation>
    </message>
    <message>
        <source>%1 is on the way (answered at %2). Raised at %3 by the %4.</source>
        <translation>%1 กำลังไป (ตอบรับเมื่อ %2) ส่งสัญญาณเมื่อ %3 จาก%4</translation>
    </message>
    <message>
        <source>Raised at %1 by the %2. Nobody has answered yet.</source>
        <translation>ส่งสัญญาณเมื่อ %1 จาก%2 ยังไม่มีผู้ตอบรับ</translation>
    </message>
    <message>
        <source>Escalated (step %1).</source>
        <translation>แจ้งเตือนขั้นที่ %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>The new user gets a one-time password, shown on the next screen. Give it to them in person; they choose their own password when they first sign in.</source>
        <translation>ผู้ใช้ใหม่จะได้รับรหัสผ่านใช้ครั้งเดียว ซึ่งจะแสดงในหน้าถัดไป โปรดมอบให้เจ้าตัวด้วยตนเอง แล้วเจ้าตัวจะตั้งรหัสผ่านของตนเองเมื่อเข้าสู่ระบบครั้งแรก</translation>
    </message>
    <message>
        <source>User name (for signing in)</source>
        <translation>ชื่อผู้ใช้ (สำหรับเข้าสู่ระบบ)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>เพิ่มผู้ใช้</translation>
    </message>
</context>
<context>
    <name>AdminArea</name>
    <message>
        <source>Audit trail</source>
        <translation>ประวัติการใช้งาน</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>ข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Vault key</source>
        <translation>กุญแจของที่เก็บข้อมูล</translation>
    </message>
    <message>
        <source>Alarm settings</source>
        <translation>การตั้งค่าสัญญาณฉุกเฉิน</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>First administrator</source>
        <translation>ผู้ดูแลระบบคนแรก</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>สร้างที่เก็บข้อมูลเข้ารหัส</translation>
    </message>
    <message>
        <source>The administrator adds the other staff and sets who sees what. Choose a password only you know: nobody, not even the administrator, can read it back.</source>
        <translation>ผู้ดูแลระบบเป็นผู้เพิ่มเจ้าหน้าที่คนอื่นและกำหนดว่าใครเห็นข้อมูลใดได้บ้าง โปรดตั้งรหัสผ่านที่รู้เพียงคุณคนเดียว ไม่มีใครอ่านรหัสผ่านนี้ย้อนกลับได้ แม้แต่ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>ยืนยันรหัสผ่าน</translation>
    </message>
    <message>
        <source>Creating the encrypted vault. This takes a few seconds…</source>
        <translation>กำลังสร้างที่เก็บข้อมูลเข้ารหัส ใช้เวลาสักครู่…</translation>
    </message>
    <message>
        <source>At least 8 characters; a few words together are easy to remember.</source>
        <translation>อย่างน้อย 8 ตัวอักษร การนำคำหลายคำมาต่อกันช่วยให้จำได้ง่าย</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>รหัสผ่านปลอดภัยเพียงพอ</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>AlarmArea</name>
    <message>
        <source>That did not work. Nothing was changed.</source>
        <translation>ดำเนินการไม่สำเร็จ ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>The alarm service is not connected to this window.</source>
        <translation>หน้าต่างนี้ไม่ได้เชื่อมต่อกับระบบสัญญาณฉุกเฉิน</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>ขณะนี้</translation>
    </message>
    <message>
        <source>Alarm log</source>
        <translation>บันทึกสัญญาณฉุกเฉิน</translation>
    </message>
    <message>
        <source>Current alarm</source>
        <translation>สัญญาณที่กำลังดังอยู่</translation>
    </message>
    <message>
        <source>I&apos;m on my way</source>
        <translation>กำลังไป</translation>
    </message>
    <message>
        <source>Reset the alarm...</source>
        <translation>รีเซ็ตสัญญาณ...</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>การซ้อม</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>ระยะเวลา:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>Start a drill</source>
        <translation>เริ่มการซ้อม</translation>
    </message>
    <message>
        <source>End the drill</source>
        <translation>จบการซ้อม</translation>
    </message>
    <message>
        <source>Devices in this room</source>
        <translation>อุปกรณ์ในห้องนี้</translation>
    </message>
    <message>
        <source>From / to:</source>
        <translation>ตั้งแต่ / ถึง:</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>ทุกห้อง</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>ห้อง:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>Real alarms</source>
        <translation>สัญญาณจริง</translation>
    </message>
    <message>
        <source>Drill presses (tests)</source>
        <translation>การกดปุ่มระหว่างซ้อม</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>ข้อขัดข้อง</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>ประเภท:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> วินาที</translation>
    </message>
    <message>
        <source>any</source>
        <translation>ไม่กำหนด</translation>
    </message>
    <message>
        <source>Answered after at least:</source>
        <translation>ตอบรับหลังจากอย่างน้อย:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <source>No alarm</source>
        <translation>ไม่มีสัญญาณฉุกเฉิน</translation>
    </message>
    <message>
        <source>Sign in to reset the alarm.</source>
        <translation>เข้าสู่ระบบเพื่อรีเซ็ตสัญญาณ</translation>
    </message>
    <message>
        <source>The alarm service is running.</source>
        <translation>ระบบสัญญาณฉุกเฉินทำงานอยู่</translation>
    </message>
    <message>
        <source>It stopped and was started again %1 time(s).</source>
        <translation>ระบบหยุดทำงานและถูกเริ่มใหม่แล้ว %1 ครั้ง</translation>
    </message>
    <message>
        <source>No drill has been run yet. Test the panic button once a week.</source>
        <translation>ยังไม่เคยซ้อม โปรดทดสอบปุ่มฉุกเฉินสัปดาห์ละครั้ง</translation>
    </message>
    <message>
        <source>The last drill was %1 days ago. Test the panic button once a week.</source>
        <translation>ซ้อมครั้งล่าสุดเมื่อ %1 วันก่อน โปรดทดสอบปุ่มฉุกเฉินสัปดาห์ละครั้ง</translation>
    </message>
    <message>
        <source>Sign in to see the alarm log.</source>
        <translation>เข้าสู่ระบบเพื่อดูบันทึกสัญญาณฉุกเฉิน</translation>
    </message>
    <message>
        <source>Loading the alarm log...</source>
        <translation>กำลังโหลดบันทึกสัญญาณฉุกเฉิน...</translation>
    </message>
    <message>
        <source>%1 of %2 entries shown.</source>
        <translation>แสดง %1 จาก %2 รายการ</translation>
    </message>
</context>
<context>
    <name>AlarmBanner</name>
    <message>
        <source>I&apos;m on my way</source>
        <translation>กำลังไป</translation>
    </message>
    <message>
        <source>Tell everyone that you are going to the room</source>
        <translation>แจ้งให้ทุกคนทราบว่าคุณกำลังไปที่ห้องนั้น</translation>
    </message>
</context>
<context>
    <name>AlarmController</name>
    <message>
        <source>The alarm stopped answering.</source>
        <translation>ระบบสัญญาณฉุกเฉินไม่ตอบสนอง</translation>
    </message>
    <message>
        <source>The alarm is not running, so this was not done.</source>
        <translation>ระบบสัญญาณฉุกเฉินไม่ได้ทำงานอยู่ จึงไม่ได้ดำเนินการ</translation>
    </message>
    <message>
        <source>The alarm service could not be started.</source>
        <translation>เริ่มระบบสัญญาณฉุกเฉินไม่ได้</translation>
    </message>
</context>
<context>
    <name>AlarmLog</name>
    <message>
        <source>Alarm</source>
        <translation>สัญญาณฉุกเฉิน</translation>
    </message>
    <message>
        <source>Drill press</source>
        <translation>กดปุ่มระหว่างซ้อม</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>ข้อขัดข้อง</translation>
    </message>
    <message>
        <source>Real incident</source>
        <translation>เหตุการณ์จริง</translation>
    </message>
    <message>
        <source>Accidental press</source>
        <translation>กดโดยไม่ตั้งใจ</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>การซ้อม</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ห้อง</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Source or fault</source>
        <translation>ที่มาหรือข้อขัดข้อง</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>อุปกรณ์</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>ผู้รับทราบ</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>เวลาจนรับทราบ</translation>
    </message>
    <message>
        <source>Reset or cleared</source>
        <translation>รีเซ็ตหรือแก้ไขแล้วเมื่อ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
</context>
<context>
    <name>AlarmSettings</name>
    <message>
        <source>Only an administrator can change the alarm settings.</source>
        <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่เปลี่ยนการตั้งค่าสัญญาณฉุกเฉินได้</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ห้อง</translation>
    </message>
    <message>
        <source>e.g. Counseling room 1 (a place, never a person)</source>
        <translation>เช่น ห้องให้คำปรึกษา 1 (ชื่อสถานที่ ห้ามใช้ชื่อบุคคล)</translation>
    </message>
    <message>
        <source>Room name:</source>
        <translation>ชื่อห้อง:</translation>
    </message>
    <message>
        <source>Panic buttons and lights</source>
        <translation>ปุ่มฉุกเฉินและไฟสัญญาณ</translation>
    </message>
    <message>
        <source>panicbox:COM3, lcus:/dev/ttyUSB0?channel=1 ...</source>
        <translation>panicbox:COM3, lcus:/dev/ttyUSB0?channel=1 ...</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Look for devices</source>
        <translation>ค้นหาอุปกรณ์</translation>
    </message>
    <message>
        <source>Add this device</source>
        <translation>เพิ่มอุปกรณ์นี้</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>ที่พบ:</translation>
    </message>
    <message>
        <source>When nobody answers</source>
        <translation>เมื่อไม่มีผู้ตอบรับ</translation>
    </message>
    <message>
        <source> s</source>
        <translation> วินาที</translation>
    </message>
    <message>
        <source>First escalation after:</source>
        <translation>แจ้งเตือนขั้นที่หนึ่งหลังจาก:</translation>
    </message>
    <message>
        <source>Second escalation after:</source>
        <translation>แจ้งเตือนขั้นที่สองหลังจาก:</translation>
    </message>
    <message>
        <source>Silent: the light outside; the sounder only if nobody answers in time</source>
        <translation>เงียบ: เปิดไฟสัญญาณหน้าห้อง และเปิดเสียงเฉพาะเมื่อไม่มีผู้ตอบรับทันเวลา</translation>
    </message>
    <message>
        <source>Audible: the sounder too, from the first moment</source>
        <translation>มีเสียง: เปิดเสียงสัญญาณด้วยตั้งแต่วินาทีแรก</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> มิลลิวินาที</translation>
    </message>
    <message>
        <source>Panic box: hold the button for:</source>
        <translation>กล่องปุ่มฉุกเฉิน: กดปุ่มค้างไว้:</translation>
    </message>
    <message>
        <source>This screen</source>
        <translation>หน้าจอนี้</translation>
    </message>
    <message>
        <source>This screen can be seen from the counseling room: show alarms discreetly, never the red alarm banner</source>
        <translation>หน้าจอนี้มองเห็นได้จากในห้องให้คำปรึกษา: แสดงสัญญาณอย่างไม่เปิดเผย ไม่แสดงแถบแจ้งเตือนสีแดง</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Stop the alarm service...</source>
        <translation>หยุดระบบสัญญาณฉุกเฉิน...</translation>
    </message>
    <message>
        <source>Start the alarm service</source>
        <translation>เริ่มระบบสัญญาณฉุกเฉิน</translation>
    </message>
    <message>
        <source>This device is already in the list.</source>
        <translation>อุปกรณ์นี้มีอยู่ในรายการแล้ว</translation>
    </message>
    <message>
        <source>Looking for devices...</source>
        <translation>กำลังค้นหาอุปกรณ์...</translation>
    </message>
    <message>
        <source>%1 device(s) found.</source>
        <translation>พบอุปกรณ์ %1 เครื่อง</translation>
    </message>
    <message>
        <source>No serial devices were found. Check the cable, or type the device below.</source>
        <translation>ไม่พบอุปกรณ์พอร์ตอนุกรม โปรดตรวจสอบสาย หรือพิมพ์ชื่ออุปกรณ์ด้านล่าง</translation>
    </message>
    <message>
        <source>Type the kind of device before the port, for example &quot;lcus%1&quot;.</source>
        <translation>พิมพ์ชนิดอุปกรณ์ไว้หน้าพอร์ต เช่น &quot;lcus%1&quot;</translation>
    </message>
    <message>
        <source>The alarm settings could not be written. Nothing was changed.</source>
        <translation>บันทึกการตั้งค่าสัญญาณฉุกเฉินไม่ได้ ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>Saved. The alarm is using the new settings.</source>
        <translation>บันทึกแล้ว ระบบสัญญาณฉุกเฉินใช้การตั้งค่าใหม่แล้ว</translation>
    </message>
    <message>
        <source>Saved. The alarm will use them when it runs again.</source>
        <translation>บันทึกแล้ว ระบบสัญญาณฉุกเฉินจะใช้การตั้งค่าใหม่เมื่อทำงานครั้งถัดไป</translation>
    </message>
    <message>
        <source>Stop the alarm?</source>
        <translation>หยุดระบบสัญญาณฉุกเฉินหรือไม่</translation>
    </message>
    <message>
        <source>If you stop the alarm service, the room is NOT protected: presses of the panic button reach nobody on this computer until it runs again. Stop it?</source>
        <translation>หากหยุดระบบสัญญาณฉุกเฉิน ห้องนี้จะ &quot;ไม่มี&quot; การป้องกัน: การกดปุ่มฉุกเฉินจะไม่ถึงใครบนคอมพิวเตอร์เครื่องนี้จนกว่าระบบจะทำงานอีกครั้ง ต้องการหยุดหรือไม่</translation>
    </message>
    <message>
        <source>The alarm service is stopped. The room is not protected.</source>
        <translation>ระบบสัญญาณฉุกเฉินหยุดอยู่ ห้องนี้ไม่มีการป้องกัน</translation>
    </message>
</context>
<context>
    <name>AlarmState</name>
    <message>
        <source>The panic button %1 is not connected.</source>
        <translation>ปุ่มฉุกเฉิน %1 ไม่ได้เชื่อมต่อ</translation>
    </message>
    <message>
        <source>The wire to the panic button %1 is cut.</source>
        <translation>สายของปุ่มฉุกเฉิน %1 ขาด</translation>
    </message>
    <message>
        <source>The wire to the panic button %1 is shorted.</source>
        <translation>สายของปุ่มฉุกเฉิน %1 ลัดวงจร</translation>
    </message>
    <message>
        <source>The light outside the room (%1) is not working.</source>
        <translation>ไฟสัญญาณหน้าห้อง (%1) ไม่ทำงาน</translation>
    </message>
    <message>
        <source>The relay of %1 is not working.</source>
        <translation>รีเลย์ของ %1 ไม่ทำงาน</translation>
    </message>
    <message>
        <source>The panic box %1 is short of power.</source>
        <translation>กล่องปุ่มฉุกเฉิน %1 ไฟเลี้ยงไม่พอ</translation>
    </message>
    <message>
        <source>The panic box %1 stopped hearing this computer.</source>
        <translation>กล่องปุ่มฉุกเฉิน %1 ไม่ได้รับสัญญาณจากคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>The alarm board %1 does not answer.</source>
        <translation>แผงควบคุมสัญญาณ %1 ไม่ตอบสนอง</translation>
    </message>
    <message>
        <source>hidden button</source>
        <translation>ปุ่มซ่อน</translation>
    </message>
    <message>
        <source>on-screen control</source>
        <translation>ปุ่มบนหน้าจอ</translation>
    </message>
    <message>
        <source>keyboard shortcut</source>
        <translation>ปุ่มลัดแป้นพิมพ์</translation>
    </message>
    <message>
        <source>shorted button wire</source>
        <translation>สายปุ่มลัดวงจร</translation>
    </message>
</context>
<context>
    <name>AlarmStrip</name>
    <message>
        <source>Alarm status is not available in this window.</source>
        <translation>ไม่สามารถแสดงสถานะสัญญาณฉุกเฉินในหน้าต่างนี้</translation>
    </message>
</context>
<context>
    <name>AlarmTray</name>
    <message>
        <source>TJ Desk alarm</source>
        <translation>สัญญาณฉุกเฉิน TJ Desk</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Added a user</source>
        <translation>เพิ่มผู้ใช้</translation>
    </message>
    <message>
        <source>Added an administrator with the recovery key</source>
        <translation>เพิ่มผู้ดูแลระบบด้วยกุญแจกู้คืน</translation>
    </message>
    <message>
        <source>Alarm events</source>
        <translation>เหตุการณ์สัญญาณฉุกเฉิน</translation>
    </message>
    <message>
        <source>Alarm: %1</source>
        <translation>สัญญาณฉุกเฉิน: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>ข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Changed a case section</source>
        <translation>แก้ไขส่วนหนึ่งของกรณี</translation>
    </message>
    <message>
        <source>Changed a case team</source>
        <translation>เปลี่ยนทีมของกรณี</translation>
    </message>
    <message>
        <source>Changed a counseling session</source>
        <translation>แก้ไขการให้คำปรึกษา</translation>
    </message>
    <message>
        <source>Changed a user&apos;s role</source>
        <translation>เปลี่ยนบทบาทของผู้ใช้</translation>
    </message>
    <message>
        <source>Changed a visit</source>
        <translation>แก้ไขการเยี่ยมชม</translation>
    </message>
    <message>
        <source>Changed how long visits are kept</source>
        <translation>เปลี่ยนระยะเวลาเก็บบันทึกการเยี่ยมชม</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>เปลี่ยนรหัสผ่านของตนเอง</translation>
    </message>
    <message>
        <source>Changed session notes</source>
        <translation>แก้ไขบันทึกการให้คำปรึกษา</translation>
    </message>
    <message>
        <source>Changed the idle-lock time</source>
        <translation>เปลี่ยนเวลาล็อกหน้าจออัตโนมัติ</translation>
    </message>
    <message>
        <source>Changed the shelter address</source>
        <translation>เปลี่ยนที่อยู่สถานคุ้มครอง</translation>
    </message>
    <message>
        <source>Changed the vault key</source>
        <translation>เปลี่ยนกุญแจของที่เก็บข้อมูล</translation>
    </message>
    <message>
        <source>Changes to users</source>
        <translation>การเปลี่ยนแปลงผู้ใช้</translation>
    </message>
    <message>
        <source>Checked the audit trail</source>
        <translation>ตรวจสอบประวัติการใช้งาน</translation>
    </message>
    <message>
        <source>Created the vault</source>
        <translation>สร้างที่เก็บข้อมูล</translation>
    </message>
    <message>
        <source>Disabled a user</source>
        <translation>ระงับผู้ใช้</translation>
    </message>
    <message>
        <source>Enabled a user</source>
        <translation>เปิดใช้ผู้ใช้อีกครั้ง</translation>
    </message>
    <message>
        <source>Everything done with cases</source>
        <translation>ทุกอย่างที่ทำกับกรณี</translation>
    </message>
    <message>
        <source>Everything done with sessions, locks and unlocks</source>
        <translation>ทุกอย่างเกี่ยวกับการให้คำปรึกษา การล็อกและปลดล็อกหน้าจอ</translation>
    </message>
    <message>
        <source>Exported the audit chain head</source>
        <translation>ส่งออกรายการล่าสุดของสายประวัติ</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>เข้าสู่ระบบไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Failed sign-ins (not all recorded)</source>
        <translation>เข้าสู่ระบบไม่สำเร็จหลายครั้ง (บันทึกไว้ไม่ครบทุกครั้ง)</translation>
    </message>
    <message>
        <source>Locked the screen</source>
        <translation>ล็อกหน้าจอ</translation>
    </message>
    <message>
        <source>Looked at the audit trail</source>
        <translation>ดูประวัติการใช้งาน</translation>
    </message>
    <message>
        <source>Looks at the audit trail</source>
        <translation>การดูประวัติการใช้งาน</translation>
    </message>
    <message>
        <source>Made a backup</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <source>Opened a case</source>
        <translation>เปิดกรณี</translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation>เปิดด้วยกุญแจกู้คืน</translation>
    </message>
    <message>
        <source>Prepared a preliminary report</source>
        <translation>เตรียมรายงานเบื้องต้น</translation>
    </message>
    <message>
        <source>Printed a preliminary report</source>
        <translation>พิมพ์รายงานเบื้องต้น</translation>
    </message>
    <message>
        <source>Printed a visitor sheet</source>
        <translation>พิมพ์เอกสารชี้แจงผู้เยี่ยมชม</translation>
    </message>
    <message>
        <source>Recorded a counseling session</source>
        <translation>บันทึกการให้คำปรึกษา</translation>
    </message>
    <message>
        <source>Recorded a visit</source>
        <translation>บันทึกการเยี่ยมชม</translation>
    </message>
    <message>
        <source>Removed old visits</source>
        <translation>ลบบันทึกการเยี่ยมชมเก่า</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>ตั้งรหัสผ่านใหม่ให้ผู้ใช้</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>กู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Searched cases</source>
        <translation>ค้นหากรณี</translation>
    </message>
    <message>
        <source>Session note saved beside another&apos;s</source>
        <translation>บันทึกการให้คำปรึกษาถูกเก็บไว้คู่กับฉบับของอีกคน</translation>
    </message>
    <message>
        <source>Showed a client&apos;s identity</source>
        <translation>เปิดดูข้อมูลระบุตัวตนของผู้รับบริการ</translation>
    </message>
    <message>
        <source>Sign-ins, failed ones too</source>
        <translation>การเข้าสู่ระบบ รวมถึงครั้งที่ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>The vault and its key</source>
        <translation>ที่เก็บข้อมูลและกุญแจ</translation>
    </message>
    <message>
        <source>Unlocked the screen</source>
        <translation>ปลดล็อกหน้าจอ</translation>
    </message>
    <message>
        <source>Viewed a case section</source>
        <translation>ดูส่วนหนึ่งของกรณี</translation>
    </message>
    <message>
        <source>Viewed session notes</source>
        <translation>ดูบันทึกการให้คำปรึกษา</translation>
    </message>
    <message>
        <source>Visits and visitor sheets</source>
        <translation>การเยี่ยมชมและเอกสารชี้แจงผู้เยี่ยมชม</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>What</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>ประเภทข้อมูล</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(ระบบ)</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>any user</source>
        <translation>ผู้ใช้ทุกคน</translation>
    </message>
    <message>
        <source>any action</source>
        <translation>ทุกการกระทำ</translation>
    </message>
    <message>
        <source>e.g. case</source>
        <translation>เช่น case</translation>
    </message>
    <message>
        <source>any</source>
        <translation>ไม่กำหนด</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation>เฉพาะตั้งแต่</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 วันที่ผ่านมา</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>ล้างตัวกรอง</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>ประเภทข้อมูล</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>เลขที่ข้อมูล</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Check the audit trail</source>
        <translation>ตรวจสอบประวัติการใช้งาน</translation>
    </message>
    <message>
        <source>Export chain head…</source>
        <translation>ส่งออกรายการล่าสุดของสายประวัติ…</translation>
    </message>
    <message>
        <source>Print the head…</source>
        <translation>พิมพ์รายการล่าสุด…</translation>
    </message>
    <message>
        <source>Check against an exported head…</source>
        <translation>ตรวจเทียบกับรายการล่าสุดที่ส่งออกไว้…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>ไม่มีรายการที่ตรงกัน</translation>
    </message>
    <message>
        <source>Showing %1 of %2 entries, newest first.</source>
        <translation>แสดง %1 จาก %2 รายการ ล่าสุดอยู่บนสุด</translation>
    </message>
    <message>
        <source>Checking every entry…</source>
        <translation>กำลังตรวจสอบทุกรายการ…</translation>
    </message>
    <message>
        <source>The audit trail is intact (%1 entries checked).</source>
        <translation>ประวัติการใช้งานสมบูรณ์ (ตรวจสอบแล้ว %1 รายการ)</translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation>เนื้อหาถูกเปลี่ยนหลังจากบันทึกไว้</translation>
    </message>
    <message>
        <source>it was removed</source>
        <translation>ถูกลบออก</translation>
    </message>
    <message>
        <source>it does not follow the entry before it (an entry was inserted, or the order changed)</source>
        <translation>ไม่ต่อเนื่องจากรายการก่อนหน้า (มีการแทรกรายการหรือสลับลำดับ)</translation>
    </message>
    <message>
        <source>it differs from the exported head (the trail was rewritten since)</source>
        <translation>ไม่ตรงกับรายการล่าสุดที่ส่งออกไว้ (ประวัติถูกเขียนใหม่หลังจากนั้น)</translation>
    </message>
    <message>
        <source>The audit trail has been tampered with. The first bad entry is number %1: %2.</source>
        <translation>ประวัติการใช้งานถูกแก้ไข รายการแรกที่ผิดคือรายการที่ %1: %2</translation>
    </message>
    <message>
        <source>Export the audit chain head</source>
        <translation>ส่งออกรายการล่าสุดของสายประวัติการใช้งาน</translation>
    </message>
    <message>
        <source>Audit head (*.json)</source>
        <translation>รายการล่าสุดของประวัติ (*.json)</translation>
    </message>
    <message>
        <source>Choose an exported audit head</source>
        <translation>เลือกรายการล่าสุดที่ส่งออกไว้</translation>
    </message>
    <message>
        <source>Audit head (*.json);;All files (*)</source>
        <translation>รายการล่าสุดของประวัติ (*.json);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Head written to %1 (entry %2). Keep the file, or a printout, away from this computer. Hash: %3</source>
        <translation>เขียนรายการล่าสุดไปที่ %1 แล้ว (รายการที่ %2) โปรดเก็บไฟล์หรือเอกสารที่พิมพ์ไว้ให้ห่างจากคอมพิวเตอร์เครื่องนี้ แฮช: %3</translation>
    </message>
    <message>
        <source>TJ Desk audit chain head</source>
        <translation>รายการล่าสุดของสายประวัติการใช้งาน TJ Desk</translation>
    </message>
    <message>
        <source>Entry number:</source>
        <translation>รายการที่:</translation>
    </message>
    <message>
        <source>Exported:</source>
        <translation>ส่งออกเมื่อ:</translation>
    </message>
    <message>
        <source>Keep this sheet away from the computer. If a later check against it fails, the audit trail was rewritten.</source>
        <translation>เก็บเอกสารนี้ให้ห่างจากคอมพิวเตอร์ หากตรวจเทียบกับเอกสารนี้ภายหลังแล้วไม่ผ่าน แสดงว่าประวัติการใช้งานถูกเขียนใหม่</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Back up now…</source>
        <translation>สำรองข้อมูลตอนนี้…</translation>
    </message>
    <message>
        <source>A backup is one encrypted file holding every record and the key slots as they are today: each user&apos;s password of today opens it, and so does the recovery key. Keep it on a USB stick or disk stored away from this computer. Back up at least once a week.</source>
        <translation>ข้อมูลสำรองคือไฟล์เข้ารหัสไฟล์เดียวที่มีบันทึกทุกฉบับและช่องกุญแจ ณ วันนี้ รหัสผ่านของผู้ใช้แต่ละคนในวันนี้เปิดได้ และกุญแจกู้คืนก็เปิดได้ โปรดเก็บไว้ในแฟลชไดรฟ์หรือดิสก์ที่เก็บแยกจากคอมพิวเตอร์เครื่องนี้ สำรองข้อมูลอย่างน้อยสัปดาห์ละครั้ง</translation>
    </message>
    <message>
        <source>To restore a backup: close TJ Desk on this computer, then run &lt;b&gt;tjdesk restore BACKUP-FILE --into NEW-FOLDER --user NAME --replace&lt;/b&gt; in a terminal (or --recovery-key instead of --user). The backup is unpacked into a new folder and checked first; only then does it take the current vault&apos;s place, and the current vault is kept beside it, never overwritten.</source>
        <translation>วิธีกู้คืนข้อมูลสำรอง: ปิด TJ Desk บนคอมพิวเตอร์เครื่องนี้ แล้วสั่ง &lt;b&gt;tjdesk restore BACKUP-FILE --into NEW-FOLDER --user NAME --replace&lt;/b&gt; ในเทอร์มินัล (หรือใช้ --recovery-key แทน --user) ข้อมูลสำรองจะถูกแตกลงในโฟลเดอร์ใหม่และตรวจสอบก่อน จากนั้นจึงแทนที่ที่เก็บข้อมูลเข้ารหัสปัจจุบัน โดยเก็บฉบับปัจจุบันไว้ข้าง ๆ ไม่เขียนทับ</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>ยังไม่เคยสำรองข้อมูล</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>สำรองข้อมูลครั้งล่าสุด: %1</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>บันทึกข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>TJ Desk backups (*.tjbackup)</source>
        <translation>ข้อมูลสำรอง TJ Desk (*.tjbackup)</translation>
    </message>
    <message>
        <source>Backing up… You can keep working meanwhile.</source>
        <translation>กำลังสำรองข้อมูล… ทำงานอื่นต่อไปได้</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>เขียนและตรวจสอบข้อมูลสำรองแล้ว: %1</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>Back up now…</source>
        <translation>สำรองข้อมูลตอนนี้…</translation>
    </message>
    <message>
        <source>No backup of the vault has been made yet. Make one now, to a USB stick.</source>
        <translation>ยังไม่เคยสำรองข้อมูลของที่เก็บข้อมูลเข้ารหัส โปรดสำรองลงแฟลชไดรฟ์ตอนนี้</translation>
    </message>
    <message>
        <source>The last backup is %1 days old. Make a new one, to a USB stick.</source>
        <translation>ข้อมูลสำรองครั้งล่าสุดเก่า %1 วันแล้ว โปรดสำรองใหม่ลงแฟลชไดรฟ์</translation>
    </message>
</context>
<context>
    <name>CaseCodes</name>
    <message>
        <source>Trafficking</source>
        <translation>การค้ามนุษย์</translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation>ความรุนแรงในครอบครัว</translation>
    </message>
    <message>
        <source>Child abuse</source>
        <translation>การทารุณกรรมเด็ก</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิดอยู่</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>ส่งต่อแล้ว</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิดแล้ว</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>ไทย</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>ลาว</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>เมียนมา</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>เขมร</translation>
    </message>
    <message>
        <source>English</source>
        <translation>อังกฤษ</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>ภาษาอื่น</translation>
    </message>
    <message>
        <source>Cambodian</source>
        <translation>กัมพูชา</translation>
    </message>
    <message>
        <source>Other nationality</source>
        <translation>สัญชาติอื่น</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation>โทรสายด่วน</translation>
    </message>
    <message>
        <source>In person (counseling room)</source>
        <translation>พบตัว (ห้องให้คำปรึกษา)</translation>
    </message>
    <message>
        <source>Shelter follow-up</source>
        <translation>ติดตามผลในสถานคุ้มครอง</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>เยี่ยมบ้าน</translation>
    </message>
    <message>
        <source>Hospital visit</source>
        <translation>เยี่ยมที่โรงพยาบาล</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>ต่ำ</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>ปานกลาง</translation>
    </message>
    <message>
        <source>High</source>
        <translation>สูง</translation>
    </message>
    <message>
        <source>Police anti-trafficking division</source>
        <translation>กองบังคับการปราบปรามการค้ามนุษย์</translation>
    </message>
    <message>
        <source>DSI</source>
        <translation>กรมสอบสวนคดีพิเศษ (DSI)</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>สถานคุ้มครอง</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>องค์กรพัฒนาเอกชน (NGO)</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>สถานทูต</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>โรงพยาบาล</translation>
    </message>
    <message>
        <source>Other referral</source>
        <translation>การส่งต่ออื่น</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>ศาล</translation>
    </message>
    <message>
        <source>Other agency</source>
        <translation>หน่วยงานอื่น</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Case</source>
        <translation>กรณี</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>กรณีใหม่</translation>
    </message>
    <message>
        <source>(given when saved)</source>
        <translation>(ได้รับเมื่อบันทึก)</translation>
    </message>
    <message>
        <source>Optional; never the real name</source>
        <translation>ไม่บังคับ ห้ามใช้ชื่อจริง</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>ต้องใช้ล่าม</translation>
    </message>
    <message>
        <source>What happens next (shown on the report)</source>
        <translation>สิ่งที่จะทำต่อไป (แสดงในรายงาน)</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>รหัสกรณี</translation>
    </message>
    <message>
        <source>&amp;Type of case</source>
        <translation>ประเภทกรณี (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Nickname</source>
        <translation>ชื่อเล่น (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;ationality</source>
        <translation>สัญชาติ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>สถานะ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Opened on</source>
        <translation>เปิดกรณีเมื่อ (&amp;O)</translation>
    </message>
    <message>
        <source>Next ste&amp;p</source>
        <translation>ขั้นตอนต่อไป (&amp;P)</translation>
    </message>
    <message>
        <source>Consent to share the outline with</source>
        <translation>ยินยอมให้เปิดเผยข้อมูลโดยสรุปแก่</translation>
    </message>
    <message>
        <source>until</source>
        <translation>จนถึง</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>On the team</source>
        <translation>อยู่ในทีม</translation>
    </message>
    <message>
        <source>Assigned case worker</source>
        <translation>ผู้รับผิดชอบกรณี</translation>
    </message>
    <message>
        <source>Case team</source>
        <translation>ทีมดูแลกรณี</translation>
    </message>
    <message>
        <source>Identity (hidden)</source>
        <translation>ข้อมูลระบุตัวตน (ซ่อนอยู่)</translation>
    </message>
    <message>
        <source>S&amp;how identity</source>
        <translation>แสดงข้อมูลระบุตัวตน (&amp;H)</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>ชื่อจริง</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ข้อมูลติดต่อ</translation>
    </message>
    <message>
        <source>Current location</source>
        <translation>ที่อยู่ปัจจุบัน</translation>
    </message>
    <message>
        <source>Your unsaved draft was restored.</source>
        <translation>กู้คืนฉบับร่างที่ยังไม่ได้บันทึกแล้ว</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>ข้อมูลระบุตัวตน</translation>
    </message>
</context>
<context>
    <name>CasesArea</name>
    <message>
        <source>safety concern</source>
        <translation>ข้อกังวลด้านความปลอดภัย</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>กรณี</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ช่องทางติดต่อ</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ห้อง</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>ความเสี่ยง</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>ติดตามผล</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>ชื่อเล่น</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>เปิดเมื่อ</translation>
    </message>
    <message>
        <source>Latest session</source>
        <translation>ให้คำปรึกษาครั้งล่าสุด</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>ความเสี่ยงสูง</translation>
    </message>
    <message>
        <source>Search in: %1</source>
        <translation>ค้นหาใน: %1</translation>
    </message>
    <message>
        <source>You may not read any notes</source>
        <translation>คุณไม่มีสิทธิ์อ่านบันทึกใด ๆ</translation>
    </message>
    <message>
        <source>&amp;My cases</source>
        <translation>กรณีของฉัน (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation>ถึงกำหนดติดตามผล (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;High risk</source>
        <translation>ความเสี่ยงสูง (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>ช่วงวันที่ (&amp;D)</translation>
    </message>
    <message>
        <source>Any contact</source>
        <translation>ทุกช่องทางการติดต่อ</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>กรณีใหม่</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>บันทึกการให้คำปรึกษาใหม่</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Preliminary report...</source>
        <translation>รายงานเบื้องต้น...</translation>
    </message>
    <message>
        <source>Report as PDF...</source>
        <translation>รายงานเป็น PDF...</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>การให้คำปรึกษา (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>กรณี (&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>First %n shown; scroll for more</source>
        <translation>
            <numerusform>แสดง %n รายการแรก เลื่อนลงเพื่อดูเพิ่ม</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>การให้คำปรึกษา %n ครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n กรณี</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a case or a session first.</source>
        <translation>โปรดเลือกกรณีหรือการให้คำปรึกษาก่อน</translation>
    </message>
    <message>
        <source>Save the preliminary report</source>
        <translation>บันทึกรายงานเบื้องต้น</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>ข้อมูลโดยสรุป</translation>
    </message>
    <message>
        <source>Social-work notes</source>
        <translation>บันทึกงานสังคมสงเคราะห์</translation>
    </message>
    <message>
        <source>Health notes</source>
        <translation>บันทึกด้านสุขภาพ</translation>
    </message>
    <message>
        <source>Legal notes</source>
        <translation>บันทึกด้านกฎหมาย</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>ข้อมูลระบุตัวตน</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was saved. Please try again.</source>
        <translation>เกิดข้อผิดพลาด ยังไม่ได้บันทึกสิ่งใด โปรดลองอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>ChoosePasswordPanel</name>
    <message>
        <source>You signed in with a one-time password. Choose your own now; only you will know it.</source>
        <translation>คุณเข้าสู่ระบบด้วยรหัสผ่านใช้ครั้งเดียว โปรดตั้งรหัสผ่านของคุณเองตอนนี้ ซึ่งจะมีเพียงคุณที่รู้</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>รหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>ยืนยันรหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>บันทึกและดำเนินการต่อ</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน</translation>
    </message>
    <message>
        <source>At least 8 characters; a few words together are easy to remember.</source>
        <translation>อย่างน้อย 8 ตัวอักษร การนำคำหลายคำมาต่อกันช่วยให้จำได้ง่าย</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>รหัสผ่านปลอดภัยเพียงพอ</translation>
    </message>
</context>
<context>
    <name>CredentialsForm</name>
    <message>
        <source>The vault could not be opened because of an unexpected error.</source>
        <translation>เปิดที่เก็บข้อมูลเข้ารหัสไม่ได้ เนื่องจากเกิดข้อผิดพลาดที่ไม่คาดคิด</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Wait %1 s</source>
        <translation>รอ %1 วินาที</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>โปรดพิมพ์ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>โปรดพิมพ์รหัสผ่าน</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <source>Device</source>
        <translation>อุปกรณ์</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>สัญญาณชีพล่าสุด</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ไฟสัญญาณ</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>พอร์ต</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>สิ่งที่ควรตรวจสอบ</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>ไม่ได้เชื่อมต่อ</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>ทำงานปกติ</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ไม่เคย</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 วินาทีที่แล้ว</translation>
    </message>
    <message>
        <source>off</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>on</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>alarm flash</source>
        <translation>กะพริบ (สัญญาณจริง)</translation>
    </message>
    <message>
        <source>drill flash</source>
        <translation>กะพริบ (ซ้อม)</translation>
    </message>
    <message>
        <source>(as commanded; this board cannot confirm)</source>
        <translation>(ตามที่สั่ง แผงนี้ยืนยันสถานะไม่ได้)</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Store the recovery key and tick the box before closing.</source>
        <translation>โปรดเก็บกุญแจกู้คืนไว้ให้ดีและทำเครื่องหมายในช่องก่อนปิด</translation>
    </message>
</context>
<context>
    <name>KeyPanel</name>
    <message>
        <source>Change the vault key if the recovery key, or a copy of it, may have been seen by someone who should not have it. Everyone keeps their password. TJ Desk closes the vault for a moment, re-encrypts every record under a new key and checks the result; then it shows the new recovery key once, to print and store. The old recovery key stops working. TJ Desk must be closed on every other computer or window that opens this vault.</source>
        <translation>เปลี่ยนกุญแจของที่เก็บข้อมูลเข้ารหัส หากกุญแจกู้คืนหรือสำเนาของกุญแจอาจถูกผู้ที่ไม่ควรเห็นได้เห็น ทุกคนยังใช้รหัสผ่านเดิมได้ TJ Desk จะปิดที่เก็บข้อมูลชั่วครู่ เข้ารหัสบันทึกทุกฉบับใหม่ด้วยกุญแจใหม่และตรวจสอบผล แล้วแสดงกุญแจกู้คืนใหม่เพียงครั้งเดียวให้พิมพ์และเก็บรักษา กุญแจกู้คืนเดิมจะใช้ไม่ได้อีก ต้องปิด TJ Desk บนคอมพิวเตอร์หรือหน้าต่างอื่นทุกเครื่องที่เปิดที่เก็บข้อมูลนี้อยู่</translation>
    </message>
    <message>
        <source>Change the vault key…</source>
        <translation>เปลี่ยนกุญแจของที่เก็บข้อมูลเข้ารหัส…</translation>
    </message>
    <message>
        <source>Change the vault key now? The vault closes for a moment (up to a minute on a large vault); have a printer or a safe place ready for the new recovery key.</source>
        <translation>เปลี่ยนกุญแจของที่เก็บข้อมูลเข้ารหัสตอนนี้หรือไม่ ที่เก็บข้อมูลจะปิดชั่วครู่ (อาจถึงหนึ่งนาทีหากข้อมูลมาก) โปรดเตรียมเครื่องพิมพ์หรือที่ปลอดภัยสำหรับกุญแจกู้คืนใหม่</translation>
    </message>
    <message>
        <source>Changing the key… Please wait.</source>
        <translation>กำลังเปลี่ยนกุญแจ… โปรดรอสักครู่</translation>
    </message>
    <message>
        <source>The key was changed, but the screen was locked before the new recovery key could be shown. Change the key again to get one.</source>
        <translation>เปลี่ยนกุญแจแล้ว แต่หน้าจอถูกล็อกก่อนจะแสดงกุญแจกู้คืนใหม่ โปรดเปลี่ยนกุญแจอีกครั้งเพื่อรับกุญแจกู้คืน</translation>
    </message>
    <message>
        <source>The vault key was changed. Store the new recovery key now.</source>
        <translation>เปลี่ยนกุญแจของที่เก็บข้อมูลเข้ารหัสแล้ว โปรดเก็บกุญแจกู้คืนใหม่ตอนนี้</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to TJ Desk</source>
        <translation>ยินดีต้อนรับสู่ TJ Desk</translation>
    </message>
    <message>
        <source>TJ Desk keeps counseling records encrypted on this computer, runs the panic alarm, and prints visitor briefings. This short set-up creates the encrypted vault. First, choose the language of the app.</source>
        <translation>TJ Desk เก็บบันทึกการให้คำปรึกษาแบบเข้ารหัสไว้ในคอมพิวเตอร์เครื่องนี้ ควบคุมสัญญาณขอความช่วยเหลือฉุกเฉิน และพิมพ์เอกสารชี้แจงสำหรับผู้เยี่ยมชม การตั้งค่าสั้น ๆ นี้จะสร้างที่เก็บข้อมูลเข้ารหัส ก่อนอื่นโปรดเลือกภาษาของโปรแกรม</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Unlock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <source>TJ Desk is locked</source>
        <translation>TJ Desk ล็อกอยู่</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>เข้าสู่ระบบเป็นผู้ใช้อื่น</translation>
    </message>
    <message>
        <source>Only %1 can unlock, with their password.</source>
        <translation>เฉพาะ %1 เท่านั้นที่ปลดล็อกได้ด้วยรหัสผ่านของตนเอง</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Counseling sessions</source>
        <translation>การให้คำปรึกษา</translation>
    </message>
    <message>
        <source>Visitor briefings</source>
        <translation>การชี้แจงผู้เยี่ยมชม</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>สัญญาณฉุกเฉิน</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>การดูแลระบบ</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>ล็อกหน้าจอ (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock the screen; your password opens it again.</source>
        <translation>ล็อกหน้าจอ ใช้รหัสผ่านของคุณเพื่อปลดล็อก</translation>
    </message>
    <message>
        <source>Hide screen (Shift ×3)</source>
        <translation>ซ่อนหน้าจอ (Shift ×3)</translation>
    </message>
    <message>
        <source>Blank the screen at once and lock. Pressing Shift three times does the same.</source>
        <translation>ปิดบังหน้าจอทันทีและล็อก การกด Shift สามครั้งก็ได้ผลเช่นเดียวกัน</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>เข้าสู่ระบบ: %1 (%2)</translation>
    </message>
    <message>
        <source>This part of TJ Desk is not available yet.</source>
        <translation>ส่วนนี้ของ TJ Desk ยังไม่พร้อมใช้งาน</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>The vault has a new key. This is the NEW recovery key; the old one no longer opens the vault. It is shown only now. Print it or write it down, keep it locked away from this computer, and destroy the old sheet. Backups made before today still open with the old recovery key: make a new backup and destroy the old ones if that key is why you changed it.</source>
        <translation>ที่เก็บข้อมูลเข้ารหัสมีกุญแจใหม่แล้ว นี่คือกุญแจกู้คืน &quot;ใหม่&quot; กุญแจเดิมเปิดที่เก็บข้อมูลไม่ได้อีก และจะแสดงเพียงครั้งนี้ครั้งเดียว โปรดพิมพ์หรือจดไว้ เก็บล็อกไว้ให้ห่างจากคอมพิวเตอร์เครื่องนี้ และทำลายเอกสารเดิม ข้อมูลสำรองที่ทำก่อนวันนี้ยังเปิดได้ด้วยกุญแจกู้คืนเดิม หากเปลี่ยนกุญแจเพราะกุญแจเดิมรั่วไหล โปรดสำรองข้อมูลใหม่และทำลายข้อมูลสำรองเดิม</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>บันทึกเป็น PDF…</translation>
    </message>
    <message>
        <source>I have stored the new recovery key in a safe place</source>
        <translation>ฉันเก็บกุญแจกู้คืนใหม่ไว้ในที่ปลอดภัยแล้ว</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Another version of this note was kept because two people saved it at the same time. Compare it with the note above, copy what is needed, then save: the other version is then marked as merged.</source>
        <translation>มีบันทึกนี้อีกฉบับหนึ่ง เพราะมีสองคนบันทึกพร้อมกัน โปรดเปรียบเทียบกับบันทึกด้านบน คัดลอกส่วนที่ต้องการ แล้วบันทึก จากนั้นฉบับอื่นจะถูกทำเครื่องหมายว่ารวมแล้ว</translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <source>One-time password for %1. Give it to them in person (not by chat or e-mail). They must choose their own password when they sign in with it.</source>
        <translation>รหัสผ่านใช้ครั้งเดียวสำหรับ %1 โปรดมอบให้เจ้าตัวด้วยตนเอง (ห้ามส่งทางแชตหรืออีเมล) เจ้าตัวต้องตั้งรหัสผ่านของตนเองเมื่อเข้าสู่ระบบด้วยรหัสนี้</translation>
    </message>
</context>
<context>
    <name>PanicButton</name>
    <message>
        <source>Hold for one second to call a colleague</source>
        <translation>กดค้างไว้หนึ่งวินาทีเพื่อเรียกเพื่อนร่วมงาน</translation>
    </message>
    <message>
        <source>Call for help (hold for one second)</source>
        <translation>ขอความช่วยเหลือ (กดค้างไว้หนึ่งวินาที)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>ตัวอย่างก่อนพิมพ์</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Type the recovery key from the sheet printed at set-up (64 letters and digits; spaces do not matter), then the administrator who will sign in with a new password. Every other user keeps their password.</source>
        <translation>พิมพ์กุญแจกู้คืนจากเอกสารที่พิมพ์ไว้ตอนตั้งค่า (ตัวอักษรและตัวเลข 64 ตัว เว้นวรรคได้) แล้วระบุผู้ดูแลระบบที่จะเข้าสู่ระบบด้วยรหัสผ่านใหม่ ผู้ใช้คนอื่นยังใช้รหัสผ่านเดิมได้</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>กุญแจกู้คืน</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation>ชื่อผู้ใช้ของผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>รหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>ยืนยันรหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>กุญแจกู้คืนของคุณ</translation>
    </message>
    <message>
        <source>This key opens the vault when every password is lost. It is shown only now. Print it or write it down, and keep it locked away from this computer (in a safe, with the director). Anyone holding it can read every record.</source>
        <translation>กุญแจนี้ใช้เปิดที่เก็บข้อมูลเข้ารหัสเมื่อรหัสผ่านทุกอันสูญหาย และจะแสดงเพียงครั้งนี้ครั้งเดียว โปรดพิมพ์หรือจดไว้ แล้วเก็บล็อกไว้ให้ห่างจากคอมพิวเตอร์เครื่องนี้ (ในตู้นิรภัย กับผู้อำนวยการ) ผู้ที่ถือกุญแจนี้อ่านบันทึกได้ทุกฉบับ</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>บันทึกเป็น PDF…</translation>
    </message>
    <message>
        <source>I have stored the recovery key in a safe place</source>
        <translation>ฉันเก็บกุญแจกู้คืนไว้ในที่ปลอดภัยแล้ว</translation>
    </message>
</context>
<context>
    <name>RecoveryKeySheet</name>
    <message>
        <source>TJ Desk recovery key</source>
        <translation>กุญแจกู้คืน TJ Desk</translation>
    </message>
    <message>
        <source>Shelter or room:</source>
        <translation>สถานคุ้มครองหรือห้อง:</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>จัดทำเมื่อ:</translation>
    </message>
    <message>
        <source>This key opens the encrypted vault when every password is lost.</source>
        <translation>กุญแจนี้ใช้เปิดที่เก็บข้อมูลเข้ารหัสเมื่อรหัสผ่านทุกอันสูญหาย</translation>
    </message>
    <message>
        <source>Keep this sheet locked away, not beside the computer.</source>
        <translation>เก็บเอกสารนี้ไว้ในที่ล็อกได้ อย่าวางไว้ข้างคอมพิวเตอร์</translation>
    </message>
    <message>
        <source>Anyone who holds it can read every record: never photograph it, never send it by e-mail or chat.</source>
        <translation>ผู้ที่ถือเอกสารนี้อ่านบันทึกได้ทุกฉบับ ห้ามถ่ายรูป ห้ามส่งทางอีเมลหรือแชตเด็ดขาด</translation>
    </message>
    <message>
        <source>To use it, an administrator types its 64 letters and digits into TJ Desk&apos;s recovery step to set a new administrator password.</source>
        <translation>วิธีใช้: ผู้ดูแลระบบพิมพ์ตัวอักษรและตัวเลข 64 ตัวนี้ในขั้นตอนกู้คืนของ TJ Desk เพื่อตั้งรหัสผ่านใหม่ของผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>บันทึกกุญแจกู้คืนเป็น PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved there.</source>
        <translation>บันทึก PDF ในตำแหน่งนั้นไม่ได้</translation>
    </message>
    <message>
        <source>Saved. Copy the PDF to a USB stick kept in a safe, or print it, then delete it from this computer.</source>
        <translation>บันทึกแล้ว โปรดคัดลอก PDF ลงแฟลชไดรฟ์ที่เก็บไว้ในตู้นิรภัย หรือพิมพ์ออกมา แล้วลบไฟล์ออกจากคอมพิวเตอร์เครื่องนี้</translation>
    </message>
</context>
<context>
    <name>ResetDialog</name>
    <message>
        <source>Reset the alarm</source>
        <translation>รีเซ็ตสัญญาณฉุกเฉิน</translation>
    </message>
    <message>
        <source>Reset the alarm in %1 as %2.</source>
        <translation>รีเซ็ตสัญญาณใน %1 ในนาม %2</translation>
    </message>
    <message>
        <source>the room</source>
        <translation>ห้องนั้น</translation>
    </message>
    <message>
        <source>Why was the alarm raised?</source>
        <translation>เหตุใดจึงมีสัญญาณ</translation>
    </message>
    <message>
        <source>A real incident</source>
        <translation>เหตุการณ์จริง</translation>
    </message>
    <message>
        <source>An accidental press</source>
        <translation>กดโดยไม่ตั้งใจ</translation>
    </message>
    <message>
        <source>A drill</source>
        <translation>การซ้อม</translation>
    </message>
    <message>
        <source>Someone has checked on the room in person</source>
        <translation>มีผู้ไปตรวจดูที่ห้องด้วยตนเองแล้ว</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>รีเซ็ต</translation>
    </message>
</context>
<context>
    <name>ResponseChart</name>
    <message>
        <source>Median time to acknowledge, per month</source>
        <translation>เวลามัธยฐานจนรับทราบ รายเดือน</translation>
    </message>
    <message>
        <source>No answered alarms in this view.</source>
        <translation>ไม่มีสัญญาณที่ได้รับการตอบรับในมุมมองนี้</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>ผู้อำนวยการ</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>หัวหน้างาน</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>นักสังคมสงเคราะห์</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>ผู้ให้คำปรึกษา</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>นักจิตวิทยา</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>พยาบาล</translation>
    </message>
    <message>
        <source>Legal officer</source>
        <translation>นิติกร</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>เจ้าหน้าที่ต้อนรับ</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>ok</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ไม่ผ่าน</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>Qt&apos;s plugins are not where Qt looks for them (%1)</source>
        <translation>ปลั๊กอินของ Qt ไม่อยู่ในตำแหน่งที่ Qt ค้นหา (%1)</translation>
    </message>
    <message>
        <source>the bundled Thai font was not registered (got %1)</source>
        <translation>ไม่ได้ลงทะเบียนฟอนต์ภาษาไทยที่มากับโปรแกรม (ได้ %1)</translation>
    </message>
    <message>
        <source>the record read back differs from the one written</source>
        <translation>บันทึกที่อ่านกลับมาไม่ตรงกับที่เขียนไว้</translation>
    </message>
    <message>
        <source>the database file is not encrypted</source>
        <translation>ไฟล์ฐานข้อมูลไม่ได้เข้ารหัส</translation>
    </message>
    <message>
        <source>created, unlocked, wrote and read one encrypted record</source>
        <translation>สร้าง ปลดล็อก เขียน และอ่านบันทึกเข้ารหัสได้หนึ่งรายการ</translation>
    </message>
    <message>
        <source>Thai text was not broken into words</source>
        <translation>ข้อความภาษาไทยไม่ได้ถูกตัดคำ</translation>
    </message>
    <message>
        <source>the file written is not a PDF</source>
        <translation>ไฟล์ที่เขียนไม่ใช่ PDF</translation>
    </message>
    <message>
        <source>the bundled Thai font is not embedded in the PDF</source>
        <translation>ฟอนต์ภาษาไทยที่มากับโปรแกรมไม่ได้ฝังอยู่ใน PDF</translation>
    </message>
    <message>
        <source>Thai and English, %1 KB PDF</source>
        <translation>ภาษาไทยและอังกฤษ PDF ขนาด %1 KB</translation>
    </message>
    <message>
        <source>the serial loopback did not echo</source>
        <translation>พอร์ตอนุกรมแบบวนกลับไม่ส่งข้อมูลกลับมา</translation>
    </message>
    <message>
        <source>%1 serial port(s) found on this PC</source>
        <translation>พบพอร์ตอนุกรม %1 พอร์ตในเครื่องนี้</translation>
    </message>
    <message>
        <source>a press on the sim button raised no alarm</source>
        <translation>การกดปุ่มจำลองไม่ทำให้เกิดสัญญาณ</translation>
    </message>
    <message>
        <source>the press did not light the light (light is %1)</source>
        <translation>การกดปุ่มไม่ทำให้ไฟสัญญาณติด (ไฟ: %1)</translation>
    </message>
    <message>
        <source>a press lit the light in %1 ms</source>
        <translation>กดปุ่มแล้วไฟสัญญาณติดใน %1 มิลลิวินาที</translation>
    </message>
    <message>
        <source>not run on Windows while the real service may be running</source>
        <translation>ไม่ทดสอบบน Windows ขณะที่ระบบจริงอาจทำงานอยู่</translation>
    </message>
    <message>
        <source>the service did not raise the alarm</source>
        <translation>ระบบไม่ได้ส่งสัญญาณฉุกเฉิน</translation>
    </message>
    <message>
        <source>the service did not report its status</source>
        <translation>ระบบไม่ได้รายงานสถานะ</translation>
    </message>
    <message>
        <source>the service&apos;s light did not come on (%1)</source>
        <translation>ไฟสัญญาณของระบบไม่ติด (%1)</translation>
    </message>
    <message>
        <source>the throwaway alarm service did not stop when asked</source>
        <translation>ระบบสัญญาณฉุกเฉินที่ใช้ทดสอบไม่หยุดเมื่อสั่ง</translation>
    </message>
    <message>
        <source>started, raised and stopped a separate alarm service</source>
        <translation>เริ่ม ส่งสัญญาณ และหยุดระบบสัญญาณฉุกเฉินแยกต่างหากได้</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Thai font</source>
        <translation>ฟอนต์ภาษาไทย</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>ที่เก็บข้อมูลเข้ารหัส</translation>
    </message>
    <message>
        <source>Rule sheet to PDF</source>
        <translation>เอกสารข้อปฏิบัติเป็น PDF</translation>
    </message>
    <message>
        <source>Serial ports</source>
        <translation>พอร์ตอนุกรม</translation>
    </message>
    <message>
        <source>Alarm (sim: device)</source>
        <translation>สัญญาณฉุกเฉิน (อุปกรณ์ sim:)</translation>
    </message>
    <message>
        <source>Alarm service</source>
        <translation>ระบบสัญญาณฉุกเฉิน</translation>
    </message>
    <message>
        <source>Self-test FAILED: %1 of %2 checks.</source>
        <translation>การทดสอบตัวเองไม่ผ่าน: %1 จาก %2 รายการ</translation>
    </message>
    <message>
        <source>Self-test passed: %1 checks.</source>
        <translation>การทดสอบตัวเองผ่าน: %1 รายการ</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation>การให้คำปรึกษา</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>บันทึกการให้คำปรึกษาใหม่</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>เลือก...</translation>
    </message>
    <message>
        <source>An interpreter was used</source>
        <translation>มีการใช้ล่าม</translation>
    </message>
    <message>
        <source>Safety concern</source>
        <translation>ข้อกังวลด้านความปลอดภัย</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>ติดตามผลภายใน</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>การส่งต่อที่ดำเนินการ</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>กรณี (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>วันที่ (&amp;D)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>เวลา (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>ห้อง (&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>ช่องทางติดต่อ (&amp;O)</translation>
    </message>
    <message>
        <source>Ris&amp;k</source>
        <translation>ความเสี่ยง (&amp;K)</translation>
    </message>
    <message>
        <source>Follow-&amp;up</source>
        <translation>ติดตามผล (&amp;U)</translation>
    </message>
    <message>
        <source>Counselors in the session</source>
        <translation>ผู้ให้คำปรึกษาในครั้งนี้</translation>
    </message>
    <message>
        <source>Choose a case...</source>
        <translation>เลือกกรณี...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Your unsaved draft was restored.</source>
        <translation>กู้คืนฉบับร่างที่ยังไม่ได้บันทึกแล้ว</translation>
    </message>
    <message>
        <source>Alarm raised in this room during the session: %1</source>
        <translation>มีสัญญาณฉุกเฉินในห้องนี้ระหว่างการให้คำปรึกษา: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>The screen locks after this long without keyboard or mouse use (at most 15 minutes). Shorter is safer on a shared computer.</source>
        <translation>หน้าจอจะล็อกเมื่อไม่มีการใช้แป้นพิมพ์หรือเมาส์นานเท่านี้ (ไม่เกิน 15 นาที) ยิ่งสั้นยิ่งปลอดภัยสำหรับคอมพิวเตอร์ที่ใช้ร่วมกัน</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>ล็อกเมื่อไม่ได้ใช้งานนาน</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
</context>
<context>
    <name>SheetPrintDialog</name>
    <message>
        <source>Print the visit&apos;s sheets</source>
        <translation>พิมพ์เอกสารชี้แจงของการเยี่ยมชมนี้</translation>
    </message>
    <message>
        <source>Print blank sheets</source>
        <translation>พิมพ์เอกสารเปล่า</translation>
    </message>
    <message>
        <source>One sheet per language</source>
        <translation>ภาษาละหนึ่งแผ่น</translation>
    </message>
    <message>
        <source>Side by side on one page</source>
        <translation>เรียงคู่กันในหน้าเดียว</translation>
    </message>
    <message>
        <source>Thai digits in Thai dates</source>
        <translation>ใช้เลขไทยในวันที่ภาษาไทย</translation>
    </message>
    <message>
        <source>Print this date</source>
        <translation>พิมพ์วันที่นี้</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>รูปแบบ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>The shelter&apos;s address is never printed on a sheet.</source>
        <translation>จะไม่พิมพ์ที่อยู่ของสถานคุ้มครองลงในเอกสารเด็ดขาด</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>ตัวอย่าง…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>บันทึกเป็น PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>โปรดเลือกอย่างน้อยหนึ่งภาษา</translation>
    </message>
    <message>
        <source>Something on the sheet matched the shelter&apos;s address and was left off the printout. Check the visitors&apos; names and organisations.</source>
        <translation>ข้อความบางส่วนในเอกสารตรงกับที่อยู่ของสถานคุ้มครอง จึงถูกตัดออกจากเอกสารที่พิมพ์ โปรดตรวจสอบชื่อและหน่วยงานของผู้เยี่ยมชม</translation>
    </message>
    <message>
        <source>Save sheets as PDF</source>
        <translation>บันทึกเอกสารชี้แจงเป็น PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ShelterPage</name>
    <message>
        <source>Shelter or room</source>
        <translation>สถานคุ้มครองหรือห้อง</translation>
    </message>
    <message>
        <source>The name of the shelter, hotline or counseling room this computer serves. It is printed on visitor sheets and the recovery key sheet.</source>
        <translation>ชื่อสถานคุ้มครอง สายด่วน หรือห้องให้คำปรึกษาที่ใช้คอมพิวเตอร์เครื่องนี้ ชื่อนี้จะพิมพ์ในเอกสารชี้แจงผู้เยี่ยมชมและเอกสารกุญแจกู้คืน</translation>
    </message>
    <message>
        <source>Shelter or room name</source>
        <translation>ชื่อสถานคุ้มครองหรือห้อง</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Sign in to TJ Desk</source>
        <translation>เข้าสู่ระบบ TJ Desk</translation>
    </message>
    <message>
        <source>Each member of staff signs in with their own name and password.</source>
        <translation>เจ้าหน้าที่แต่ละคนเข้าสู่ระบบด้วยชื่อและรหัสผ่านของตนเอง</translation>
    </message>
    <message>
        <source>Every password lost? Use the recovery key</source>
        <translation>รหัสผ่านสูญหายทั้งหมด? ใช้กุญแจกู้คืน</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>The administrator&apos;s new password is set. Sign in with it now.</source>
        <translation>ตั้งรหัสผ่านใหม่ของผู้ดูแลระบบแล้ว โปรดเข้าสู่ระบบด้วยรหัสผ่านนั้นตอนนี้</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Visitor rule sheets</source>
        <translation>เอกสารข้อปฏิบัติสำหรับผู้เยี่ยมชม</translation>
    </message>
    <message>
        <source>Add a language…</source>
        <translation>เพิ่มภาษา…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Saved versions (double-click to load)</source>
        <translation>ฉบับที่บันทึกไว้ (ดับเบิลคลิกเพื่อโหลด)</translation>
    </message>
    <message>
        <source>Language name</source>
        <translation>ชื่อภาษา</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>ชื่อเรื่องรอง</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>บทนำ</translation>
    </message>
    <message>
        <source>Date label</source>
        <translation>ป้ายวันที่</translation>
    </message>
    <message>
        <source>Principles heading</source>
        <translation>หัวข้อหลักการ</translation>
    </message>
    <message>
        <source>Principles (a blank line between items)</source>
        <translation>หลักการ (เว้นหนึ่งบรรทัดระหว่างข้อ)</translation>
    </message>
    <message>
        <source>Obligations heading</source>
        <translation>หัวข้อข้อปฏิบัติ</translation>
    </message>
    <message>
        <source>Obligations (a blank line between items)</source>
        <translation>ข้อปฏิบัติ (เว้นหนึ่งบรรทัดระหว่างข้อ)</translation>
    </message>
    <message>
        <source>Laws heading</source>
        <translation>หัวข้อกฎหมาย</translation>
    </message>
    <message>
        <source>Laws (a blank line between items)</source>
        <translation>กฎหมาย (เว้นหนึ่งบรรทัดระหว่างข้อ)</translation>
    </message>
    <message>
        <source>Acknowledgement heading</source>
        <translation>หัวข้อการรับทราบ</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>ข้อความรับทราบ</translation>
    </message>
    <message>
        <source>Column: number</source>
        <translation>คอลัมน์: ลำดับ</translation>
    </message>
    <message>
        <source>Column: name</source>
        <translation>คอลัมน์: ชื่อ</translation>
    </message>
    <message>
        <source>Column: organisation</source>
        <translation>คอลัมน์: หน่วยงาน</translation>
    </message>
    <message>
        <source>Column: signature</source>
        <translation>คอลัมน์: ลายมือชื่อ</translation>
    </message>
    <message>
        <source>Closing line</source>
        <translation>ข้อความปิดท้าย</translation>
    </message>
    <message>
        <source>Thai, Buddhist Era</source>
        <translation>ภาษาไทย พุทธศักราช</translation>
    </message>
    <message>
        <source>English, Common Era</source>
        <translation>ภาษาอังกฤษ คริสต์ศักราช</translation>
    </message>
    <message>
        <source>ISO (2026-11-28)</source>
        <translation>ISO (2026-11-28)</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>ตัวอย่าง…</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>บันทึกเป็นฉบับใหม่</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>ฉบับมาตรฐาน</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation>v%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Loaded version %1. Saving makes it the newest version.</source>
        <translation>โหลดฉบับที่ %1 แล้ว การบันทึกจะทำให้เป็นฉบับล่าสุด</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>เพิ่มภาษา</translation>
    </message>
    <message>
        <source>Language code (e.g. lo, my, km, ja):</source>
        <translation>รหัสภาษา (เช่น lo, my, km, ja):</translation>
    </message>
    <message>
        <source>New language: translate the sheet, then save it.</source>
        <translation>ภาษาใหม่: แปลเอกสารแล้วบันทึก</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>บันทึกเป็นฉบับที่ %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>ระงับการใช้งาน</translation>
    </message>
    <message>
        <source>Active (one-time password)</source>
        <translation>ใช้งาน (รหัสผ่านใช้ครั้งเดียว)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งาน</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Add user…</source>
        <translation>เพิ่มผู้ใช้…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>ตั้งรหัสผ่านใหม่…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>ระงับการใช้งาน…</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>เปิดใช้งาน…</translation>
    </message>
    <message>
        <source>Give %1 a new one-time password? Their old password stops working at once.</source>
        <translation>ให้รหัสผ่านใช้ครั้งเดียวใหม่แก่ %1 หรือไม่ รหัสผ่านเดิมจะใช้ไม่ได้ทันที</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in; their records and audit entries stay.</source>
        <translation>ระงับการใช้งานของ %1 หรือไม่ ผู้ใช้นี้จะเข้าสู่ระบบไม่ได้อีก แต่บันทึกและประวัติการใช้งานยังคงอยู่</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Edit visit</source>
        <translation>แก้ไขการเยี่ยมชม</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>การเยี่ยมชมใหม่</translation>
    </message>
    <message>
        <source>Optional, for the signature lines: one visitor a line, e.g.
Jane Doe; UNODC</source>
        <translation>ไม่บังคับ ใช้สำหรับช่องลงนาม: บรรทัดละหนึ่งคน เช่น
สมหญิง ใจดี; UNODC</translation>
    </message>
    <message>
        <source>Briefed</source>
        <translation>ชี้แจงแล้ว</translation>
    </message>
    <message>
        <source>Sheet signed</source>
        <translation>ลงนามในเอกสารแล้ว</translation>
    </message>
    <message>
        <source>Phones and cameras deposited</source>
        <translation>ฝากโทรศัพท์และกล้องแล้ว</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>รายการตรวจสอบ</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>วันและเวลา</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Number of visitors</source>
        <translation>จำนวนผู้เยี่ยมชม</translation>
    </message>
    <message>
        <source>Staff host</source>
        <translation>เจ้าหน้าที่ผู้ดูแลคณะ</translation>
    </message>
    <message>
        <source>Sheets given in</source>
        <translation>ภาษาของเอกสารที่มอบให้</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>รายชื่อ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
</context>
<context>
    <name>VisitorSettingsDialog</name>
    <message>
        <source>Visitor settings</source>
        <translation>การตั้งค่าผู้เยี่ยมชม</translation>
    </message>
    <message>
        <source> days</source>
        <translation> วัน</translation>
    </message>
    <message>
        <source>Keep visits for</source>
        <translation>เก็บข้อมูลการเยี่ยมชมไว้</translation>
    </message>
    <message>
        <source>Shelter address</source>
        <translation>ที่อยู่สถานคุ้มครอง</translation>
    </message>
    <message>
        <source>Visits older than this are deleted automatically (the deletion is audited). The address is never printed: sheets are checked against it and it is cut out wherever it appears.</source>
        <translation>ข้อมูลการเยี่ยมชมที่เก่ากว่านี้จะถูกลบโดยอัตโนมัติ (มีบันทึกการลบไว้ตรวจสอบ) ที่อยู่จะไม่ถูกพิมพ์เด็ดขาด: ระบบจะตรวจเอกสารเทียบกับที่อยู่นี้และตัดออกทุกจุดที่พบ</translation>
    </message>
</context>
<context>
    <name>VisitorSheet</name>
    <message>
        <source>Visitor rule sheet</source>
        <translation>เอกสารข้อปฏิบัติสำหรับผู้เยี่ยมชม</translation>
    </message>
</context>
<context>
    <name>VisitorsArea</name>
    <message>
        <source>New visit…</source>
        <translation>การเยี่ยมชมใหม่…</translation>
    </message>
    <message>
        <source>Open visit…</source>
        <translation>เปิดการเยี่ยมชม…</translation>
    </message>
    <message>
        <source>Print the visit&apos;s sheets…</source>
        <translation>พิมพ์เอกสารชี้แจงของการเยี่ยมชม…</translation>
    </message>
    <message>
        <source>Print blank sheets…</source>
        <translation>พิมพ์เอกสารเปล่า…</translation>
    </message>
    <message>
        <source>Edit rule sheets…</source>
        <translation>แก้ไขเอกสารข้อปฏิบัติ…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>การตั้งค่า…</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>ที่กำลังจะมาถึง</translation>
    </message>
    <message>
        <source>Last 30 days and upcoming</source>
        <translation>30 วันที่ผ่านมาและที่กำลังจะมาถึง</translation>
    </message>
    <message>
        <source>Last 12 months and upcoming</source>
        <translation>12 เดือนที่ผ่านมาและที่กำลังจะมาถึง</translation>
    </message>
    <message>
        <source>All kept visits</source>
        <translation>การเยี่ยมชมทั้งหมดที่เก็บไว้</translation>
    </message>
    <message>
        <source>Search organisation, purpose or host</source>
        <translation>ค้นหาหน่วยงาน วัตถุประสงค์ หรือผู้ดูแลคณะ</translation>
    </message>
    <message>
        <source>Checklist not complete</source>
        <translation>ตรวจสอบยังไม่ครบ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>การเยี่ยมชม %n ครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <source>Visitor briefings</source>
        <translation>การชี้แจงผู้เยี่ยมชม</translation>
    </message>
</context>
<context>
    <name>alarm</name>
    <message>
        <source>The alarm is not running.</source>
        <translation>ระบบสัญญาณฉุกเฉินไม่ได้ทำงาน</translation>
    </message>
    <message>
        <source>Check the USB cable, and that no other program is using the port.</source>
        <translation>โปรดตรวจสอบสาย USB และดูว่าไม่มีโปรแกรมอื่นใช้พอร์ตนี้อยู่</translation>
    </message>
    <message>
        <source>The button&apos;s wire is cut or unplugged.</source>
        <translation>สายของปุ่มขาดหรือหลุด</translation>
    </message>
    <message>
        <source>The button&apos;s wire is shorted; this also raises an alarm.</source>
        <translation>สายของปุ่มลัดวงจร ซึ่งทำให้เกิดสัญญาณฉุกเฉินด้วย</translation>
    </message>
    <message>
        <source>The light outside is blown or unplugged.</source>
        <translation>ไฟสัญญาณหน้าห้องขาดหรือไม่ได้เสียบปลั๊ก</translation>
    </message>
    <message>
        <source>The box&apos;s relay does not switch.</source>
        <translation>รีเลย์ของกล่องไม่ทำงาน</translation>
    </message>
    <message>
        <source>The box lost power for a moment; check its power supply.</source>
        <translation>กล่องไฟดับไปชั่วขณะ โปรดตรวจสอบแหล่งจ่ายไฟ</translation>
    </message>
    <message>
        <source>The box stopped hearing this computer.</source>
        <translation>กล่องไม่ได้รับสัญญาณจากคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>The board does not answer.</source>
        <translation>แผงควบคุมไม่ตอบสนอง</translation>
    </message>
    <message>
        <source>An alarm can be raised on screen only.</source>
        <translation>ส่งสัญญาณได้จากหน้าจอเท่านั้น</translation>
    </message>
    <message>
        <source>There is no alarm to acknowledge.</source>
        <translation>ไม่มีสัญญาณฉุกเฉินให้รับทราบ</translation>
    </message>
    <message>
        <source>The alarm is already acknowledged.</source>
        <translation>รับทราบสัญญาณนี้แล้ว</translation>
    </message>
    <message>
        <source>There is no alarm to reset.</source>
        <translation>ไม่มีสัญญาณฉุกเฉินให้รีเซ็ต</translation>
    </message>
    <message>
        <source>Only a signed-in staff member can reset the alarm.</source>
        <translation>เฉพาะเจ้าหน้าที่ที่เข้าสู่ระบบแล้วเท่านั้นที่รีเซ็ตสัญญาณได้</translation>
    </message>
    <message>
        <source>Choose why the alarm is reset: real, accidental or drill.</source>
        <translation>โปรดเลือกเหตุผลของการรีเซ็ต: เหตุการณ์จริง กดโดยไม่ตั้งใจ หรือการซ้อม</translation>
    </message>
    <message>
        <source>Someone must check on the room before this alarm is closed.</source>
        <translation>ต้องมีผู้ไปตรวจดูที่ห้องก่อนปิดสัญญาณนี้</translation>
    </message>
    <message>
        <source>A drill cannot start while an alarm is on.</source>
        <translation>เริ่มการซ้อมไม่ได้ขณะมีสัญญาณฉุกเฉิน</translation>
    </message>
    <message>
        <source>A drill is already running.</source>
        <translation>กำลังซ้อมอยู่แล้ว</translation>
    </message>
    <message>
        <source>A drill lasts from 1 second to 1 hour.</source>
        <translation>การซ้อมใช้เวลาได้ตั้งแต่ 1 วินาทีถึง 1 ชั่วโมง</translation>
    </message>
    <message>
        <source>No drill is running.</source>
        <translation>ไม่มีการซ้อมอยู่</translation>
    </message>
    <message>
        <source>The alarm service did not start. Run: tjdesk alarm serve</source>
        <translation>ระบบสัญญาณฉุกเฉินไม่เริ่มทำงาน โปรดสั่ง: tjdesk alarm serve</translation>
    </message>
    <message>
        <source>The request is not JSON.</source>
        <translation>คำขอไม่ใช่ JSON</translation>
    </message>
    <message>
        <source>The request is not an object.</source>
        <translation>คำขอไม่ใช่ออบเจ็กต์</translation>
    </message>
    <message>
        <source>Unknown request: %1</source>
        <translation>ไม่รู้จักคำขอ: %1</translation>
    </message>
    <message>
        <source>The alarm service could not do that.</source>
        <translation>ระบบสัญญาณฉุกเฉินทำสิ่งนั้นไม่ได้</translation>
    </message>
    <message>
        <source>The request lacks %1.</source>
        <translation>คำขอขาด %1</translation>
    </message>
    <message>
        <source>The alarm service is already running.</source>
        <translation>ระบบสัญญาณฉุกเฉินทำงานอยู่แล้ว</translation>
    </message>
    <message>
        <source>The alarm service is already running (process %1).</source>
        <translation>ระบบสัญญาณฉุกเฉินทำงานอยู่แล้ว (โพรเซส %1)</translation>
    </message>
    <message>
        <source>Device %1 is already served by another alarm service (process %2).</source>
        <translation>อุปกรณ์ %1 อยู่ในความดูแลของระบบสัญญาณฉุกเฉินอื่นแล้ว (โพรเซส %2)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Expected one more password line on standard input.</source>
        <translation>ต้องการรหัสผ่านอีกหนึ่งบรรทัดจากอินพุตมาตรฐาน</translation>
    </message>
    <message>
        <source>No password was entered.</source>
        <translation>ไม่ได้ป้อนรหัสผ่าน</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>รหัสผ่านว่างเปล่า</translation>
    </message>
    <message>
        <source>The password is not valid text (UTF-8).</source>
        <translation>รหัสผ่านไม่ใช่ข้อความที่ถูกต้อง (UTF-8)</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>พิมพ์อีกครั้ง: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>รหัสผ่านทั้งสองไม่ตรงกัน</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>รหัสผ่านของ %1: </translation>
    </message>
    <message>
        <source>Your password was set by an administrator: choose your own first with &apos;tjdesk user passwd --user NAME&apos;.</source>
        <translation>รหัสผ่านของคุณตั้งโดยผู้ดูแลระบบ โปรดตั้งรหัสผ่านของคุณเองก่อนด้วย &apos;tjdesk user passwd --user NAME&apos;</translation>
    </message>
    <message>
        <source>the panic alarm service: serve, test, status, stop</source>
        <translation>ระบบสัญญาณขอความช่วยเหลือฉุกเฉิน: serve, test, status, stop</translation>
    </message>
    <message>
        <source>The panic alarm runs in its own process. &apos;serve&apos; is that process; the app starts it if it is not running.</source>
        <translation>สัญญาณขอความช่วยเหลือฉุกเฉินทำงานในโพรเซสของตัวเอง &apos;serve&apos; คือโพรเซสนั้น โปรแกรมจะเริ่มให้เองหากยังไม่ทำงาน</translation>
    </message>
    <message>
        <source>the alarm folder (default: the user data folder)</source>
        <translation>โฟลเดอร์ของระบบสัญญาณฉุกเฉิน (ค่าเริ่มต้น: โฟลเดอร์ข้อมูลผู้ใช้)</translation>
    </message>
    <message>
        <source>run the alarm service (one JSON line per event)</source>
        <translation>เรียกใช้ระบบสัญญาณฉุกเฉิน (เหตุการณ์ละหนึ่งบรรทัด JSON)</translation>
    </message>
    <message>
        <source>a device, e.g. panicbox:/dev/ttyACM0 or sim: (repeat for more; default: the devices in alarm.json)</source>
        <translation>อุปกรณ์ เช่น panicbox:/dev/ttyACM0 หรือ sim: (ระบุซ้ำได้หลายตัว ค่าเริ่มต้น: อุปกรณ์ใน alarm.json)</translation>
    </message>
    <message>
        <source>the room&apos;s name</source>
        <translation>ชื่อห้อง</translation>
    </message>
    <message>
        <source>run a drill on one device and report what it saw</source>
        <translation>ซ้อมกับอุปกรณ์หนึ่งตัวและรายงานสิ่งที่อุปกรณ์ตรวจพบ</translation>
    </message>
    <message>
        <source>how long to wait for a press (default 30)</source>
        <translation>เวลารอการกดปุ่ม (ค่าเริ่มต้น 30)</translation>
    </message>
    <message>
        <source>show the alarm&apos;s state</source>
        <translation>แสดงสถานะของสัญญาณฉุกเฉิน</translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation>ในรูปแบบ JSON</translation>
    </message>
    <message>
        <source>stop the service (the room is unprotected until it runs)</source>
        <translation>หยุดระบบ (ห้องจะไม่มีการป้องกันจนกว่าระบบจะทำงานอีกครั้ง)</translation>
    </message>
    <message>
        <source>who stops it</source>
        <translation>ผู้สั่งหยุด</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>สถานะ: %1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>ห้อง: %1</translation>
    </message>
    <message>
        <source>Protected: yes</source>
        <translation>มีการป้องกัน: ใช่</translation>
    </message>
    <message>
        <source>Protected: NO - the room is not protected</source>
        <translation>มีการป้องกัน: ไม่ - ห้องนี้ไม่มีการป้องกัน</translation>
    </message>
    <message>
        <source>Silent: yes</source>
        <translation>เงียบ: ใช่</translation>
    </message>
    <message>
        <source>Silent: no (audible)</source>
        <translation>เงียบ: ไม่ (มีเสียง)</translation>
    </message>
    <message>
        <source>Alarm %1 from %2 at %3</source>
        <translation>สัญญาณ %1 จาก %2 เมื่อ %3</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>รับทราบโดย %1</translation>
    </message>
    <message>
        <source>Escalated: step %1</source>
        <translation>แจ้งเตือนแล้ว: ขั้นที่ %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>เชื่อมต่อแล้ว</translation>
    </message>
    <message>
        <source>NOT connected</source>
        <translation>ไม่ได้เชื่อมต่อ</translation>
    </message>
    <message>
        <source>Device %1: %2; faults: %3</source>
        <translation>อุปกรณ์ %1: %2; ข้อขัดข้อง: %3</translation>
    </message>
    <message>
        <source>Drill until %1</source>
        <translation>ซ้อมจนถึง %1</translation>
    </message>
    <message>
        <source>Last drill: %1</source>
        <translation>ซ้อมครั้งล่าสุด: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ไม่เคย</translation>
    </message>
    <message>
        <source>Service process: %1</source>
        <translation>โพรเซสของระบบ: %1</translation>
    </message>
    <message>
        <source>Drill on %1 for %2 s (through the running service): press the button now.</source>
        <translation>ซ้อมกับ %1 เป็นเวลา %2 วินาที (ผ่านระบบที่ทำงานอยู่): กดปุ่มได้เลย</translation>
    </message>
    <message>
        <source>Drill on %1 for %2 s: press the button now.</source>
        <translation>ซ้อมกับ %1 เป็นเวลา %2 วินาที: กดปุ่มได้เลย</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>เชื่อมต่อ: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>ไม่</translation>
    </message>
    <message>
        <source>Faults: %1</source>
        <translation>ข้อขัดข้อง: %1</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>คำแนะนำ: %1</translation>
    </message>
    <message>
        <source>No press was seen in %1 s.</source>
        <translation>ไม่พบการกดปุ่มภายใน %1 วินาที</translation>
    </message>
    <message>
        <source>Press seen after %1 s from %2; logged as a test.</source>
        <translation>พบการกดปุ่มหลังจาก %1 วินาทีจาก %2 บันทึกเป็นการทดสอบ</translation>
    </message>
    <message>
        <source>confirmed by the device</source>
        <translation>อุปกรณ์ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>as commanded</source>
        <translation>ตามที่สั่ง</translation>
    </message>
    <message>
        <source>Light: %1 (%2)</source>
        <translation>ไฟสัญญาณ: %1 (%2)</translation>
    </message>
    <message>
        <source>its content was changed</source>
        <translation>เนื้อหาถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>it was removed</source>
        <translation>ถูกลบออก</translation>
    </message>
    <message>
        <source>it does not follow the entry before it (an entry was inserted, or the order changed)</source>
        <translation>ไม่ต่อเนื่องจากรายการก่อนหน้า (มีการแทรกรายการหรือสลับลำดับ)</translation>
    </message>
    <message>
        <source>it differs from the exported head (the trail was rewritten)</source>
        <translation>ไม่ตรงกับรายการล่าสุดที่ส่งออกไว้ (ประวัติถูกเขียนใหม่)</translation>
    </message>
    <message>
        <source>Only administrators, directors and supervisors can check the audit trail.</source>
        <translation>เฉพาะผู้ดูแลระบบ ผู้อำนวยการ และหัวหน้างานเท่านั้นที่ตรวจสอบประวัติการใช้งานได้</translation>
    </message>
    <message>
        <source>This head was exported from another vault.</source>
        <translation>รายการล่าสุดนี้ส่งออกมาจากที่เก็บข้อมูลเข้ารหัสอื่น</translation>
    </message>
    <message>
        <source>intact (%1 entries)</source>
        <translation>สมบูรณ์ (%1 รายการ)</translation>
    </message>
    <message>
        <source>TAMPERED: the first bad entry is number %1: %2.</source>
        <translation>ถูกแก้ไข: รายการแรกที่ผิดคือรายการที่ %1: %2</translation>
    </message>
    <message>
        <source>The file already exists: %1</source>
        <translation>มีไฟล์นี้อยู่แล้ว: %1</translation>
    </message>
    <message>
        <source>Head (entry %1) written to %2</source>
        <translation>เขียนรายการล่าสุด (รายการที่ %1) ไปที่ %2 แล้ว</translation>
    </message>
    <message>
        <source>This is not an audit head file: %1</source>
        <translation>ไฟล์นี้ไม่ใช่ไฟล์รายการล่าสุดของประวัติการใช้งาน: %1</translation>
    </message>
    <message>
        <source>Only an administrator can make a backup from here.</source>
        <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่สำรองข้อมูลจากที่นี่ได้</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 rows).</source>
        <translation>เขียนข้อมูลสำรองไปที่ %1 แล้ว (%2 แถว)</translation>
    </message>
    <message>
        <source>It opens with today&apos;s passwords or the recovery key. Keep it away from this PC.</source>
        <translation>เปิดได้ด้วยรหัสผ่านของวันนี้หรือกุญแจกู้คืน โปรดเก็บให้ห่างจากคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>กุญแจกู้คืน: </translation>
    </message>
    <message>
        <source>Password for %1 (as of the backup): </source>
        <translation>รหัสผ่านของ %1 (ณ วันที่สำรองข้อมูล): </translation>
    </message>
    <message>
        <source>Restored and checked: %1 (backup of %2, %3 rows).</source>
        <translation>กู้คืนและตรวจสอบแล้ว: %1 (ข้อมูลสำรองของ %2, %3 แถว)</translation>
    </message>
    <message>
        <source>--into must differ from --vault.</source>
        <translation>--into ต้องไม่ซ้ำกับ --vault</translation>
    </message>
    <message>
        <source>It is now the vault in %1; the old one is in %2.</source>
        <translation>ตอนนี้เป็นที่เก็บข้อมูลเข้ารหัสใน %1 แล้ว ฉบับเดิมอยู่ใน %2</translation>
    </message>
    <message>
        <source>No serial ports found.</source>
        <translation>ไม่พบพอร์ตอนุกรม</translation>
    </message>
    <message>
        <source>  USB id: %1</source>
        <translation>  รหัส USB: %1</translation>
    </message>
    <message>
        <source>  serial number: %1</source>
        <translation>  หมายเลขซีเรียล: %1</translation>
    </message>
    <message>
        <source>  USB location: %1</source>
        <translation>  ตำแหน่ง USB: %1</translation>
    </message>
    <message>
        <source>  description: %1</source>
        <translation>  คำอธิบาย: %1</translation>
    </message>
    <message>
        <source>  probably: %1 (%2)</source>
        <translation>  น่าจะเป็น: %1 (%2)</translation>
    </message>
    <message>
        <source>  trouble: %1</source>
        <translation>  ปัญหา: %1</translation>
    </message>
    <message>
        <source>Trouble: %1</source>
        <translation>ปัญหา: %1</translation>
    </message>
    <message>
        <source>TJ Desk %1</source>
        <translation>TJ Desk %1</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>ไม่ได้ติดตั้ง</translation>
    </message>
    <message>
        <source>SQLCipher %1 (%2)</source>
        <translation>SQLCipher %1 (%2)</translation>
    </message>
    <message>
        <source>  temporary storage: %1</source>
        <translation>  ที่เก็บข้อมูลชั่วคราว: %1</translation>
    </message>
    <message>
        <source>  PROBLEM: TJ Desk needs SQLCipher 4.</source>
        <translation>  ปัญหา: TJ Desk ต้องใช้ SQLCipher 4</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>ที่เก็บข้อมูลเข้ารหัส: %1</translation>
    </message>
    <message>
        <source>  state: %1</source>
        <translation>  สถานะ: %1</translation>
    </message>
    <message>
        <source>  key slots: %1 (disabled users: %2)</source>
        <translation>  ช่องกุญแจ: %1 (ผู้ใช้ที่ถูกระงับ: %2)</translation>
    </message>
    <message>
        <source>  Argon2id for new slots: m=%1 KiB, t=%2, p=%3</source>
        <translation>  Argon2id สำหรับช่องกุญแจใหม่: m=%1 KiB, t=%2, p=%3</translation>
    </message>
    <message>
        <source>found</source>
        <translation>พบ</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>ไม่พบ</translation>
    </message>
    <message>
        <source>Font %1: %2</source>
        <translation>ฟอนต์ %1: %2</translation>
    </message>
    <message>
        <source>Display:</source>
        <translation>จอภาพ:</translation>
    </message>
    <message>
        <source>a window can open here</source>
        <translation>เปิดหน้าต่างที่นี่ได้</translation>
    </message>
    <message>
        <source>X11 libraries Qt needs, missing: %1</source>
        <translation>ไลบรารี X11 ที่ Qt ต้องใช้แต่ยังไม่มี: %1</translation>
    </message>
    <message>
        <source>install with: sudo apt-get install %1</source>
        <translation>ติดตั้งด้วย: sudo apt-get install %1</translation>
    </message>
    <message>
        <source>X11 libraries Qt needs: all present</source>
        <translation>ไลบรารี X11 ที่ Qt ต้องใช้: มีครบ</translation>
    </message>
    <message>
        <source>The recovery key file must be new, in an existing folder: %1</source>
        <translation>ไฟล์กุญแจกู้คืนต้องเป็นไฟล์ใหม่ในโฟลเดอร์ที่มีอยู่แล้ว: %1</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>รหัสผ่านใหม่ของ %1: </translation>
    </message>
    <message>
        <source>Creating the vault (tuning the key derivation)...</source>
        <translation>กำลังสร้างที่เก็บข้อมูลเข้ารหัส (ปรับค่าการสร้างกุญแจ)...</translation>
    </message>
    <message>
        <source>Could not write the recovery key file; here it is instead:</source>
        <translation>เขียนไฟล์กุญแจกู้คืนไม่ได้ กุญแจกู้คืนคือ:</translation>
    </message>
    <message>
        <source>Recovery key written to %1</source>
        <translation>เขียนกุญแจกู้คืนไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Recovery key (shown only now; keep it in a safe place):</source>
        <translation>กุญแจกู้คืน (แสดงเพียงครั้งนี้ โปรดเก็บไว้ในที่ปลอดภัย):</translation>
    </message>
    <message>
        <source>Vault created in %1</source>
        <translation>สร้างที่เก็บข้อมูลเข้ารหัสใน %1 แล้ว</translation>
    </message>
    <message>
        <source>The vault has a new key; the old recovery key no longer works.</source>
        <translation>ที่เก็บข้อมูลเข้ารหัสมีกุญแจใหม่แล้ว กุญแจกู้คืนเดิมใช้ไม่ได้อีก</translation>
    </message>
    <message>
        <source>New recovery key written to %1</source>
        <translation>เขียนกุญแจกู้คืนใหม่ไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>New recovery key (shown only now; keep it in a safe place):</source>
        <translation>กุญแจกู้คืนใหม่ (แสดงเพียงครั้งนี้ โปรดเก็บไว้ในที่ปลอดภัย):</translation>
    </message>
    <message>
        <source>Make a new backup now: older backups open with the old key.</source>
        <translation>โปรดสำรองข้อมูลใหม่ทันที ข้อมูลสำรองเดิมเปิดได้ด้วยกุญแจเดิมเท่านั้น</translation>
    </message>
    <message>
        <source>Simulated devices need pseudo-terminals (Linux or macOS).</source>
        <translation>อุปกรณ์จำลองต้องใช้เทอร์มินัลเสมือน (Linux หรือ macOS)</translation>
    </message>
    <message>
        <source>box: %1, alarm %2, light %3, faults %4</source>
        <translation>กล่อง: %1, สัญญาณ %2, ไฟ %3, ข้อขัดข้อง %4</translation>
    </message>
    <message>
        <source>outputs on: %1</source>
        <translation>เอาต์พุตที่เปิด: %1</translation>
    </message>
    <message>
        <source>This board has no button: it only switches the light.</source>
        <translation>แผงนี้ไม่มีปุ่ม ใช้เปิดปิดไฟสัญญาณเท่านั้น</translation>
    </message>
    <message>
        <source>This board has no supervised loop or lamp sense.</source>
        <translation>แผงนี้ไม่มีวงจรตรวจสายหรือตรวจหลอดไฟ</translation>
    </message>
    <message>
        <source>button pressed</source>
        <translation>กดปุ่ม</translation>
    </message>
    <message>
        <source>button released (loop normal)</source>
        <translation>ปล่อยปุ่ม (วงจรปกติ)</translation>
    </message>
    <message>
        <source>loop cut</source>
        <translation>สายขาด</translation>
    </message>
    <message>
        <source>loop shorted</source>
        <translation>สายลัดวงจร</translation>
    </message>
    <message>
        <source>plugged back in</source>
        <translation>เสียบกลับแล้ว</translation>
    </message>
    <message>
        <source>unplugged</source>
        <translation>ถอดออก</translation>
    </message>
    <message>
        <source>lamp mended</source>
        <translation>ซ่อมหลอดไฟแล้ว</translation>
    </message>
    <message>
        <source>lamp blown</source>
        <translation>หลอดไฟขาด</translation>
    </message>
    <message>
        <source>keys: p press, r release, c cut, s short, u unplug, l lamp, q quit</source>
        <translation>ปุ่ม: p กด, r ปล่อย, c สายขาด, s ลัดวงจร, u ถอด, l หลอดไฟ, q ออก</translation>
    </message>
    <message>
        <source>Simulated %1 on %2</source>
        <translation>จำลอง %1 บน %2</translation>
    </message>
    <message>
        <source>Device spec: %1:%2</source>
        <translation>ข้อกำหนดอุปกรณ์: %1:%2</translation>
    </message>
    <message>
        <source>First password for %1 (empty: make one up for me): </source>
        <translation>รหัสผ่านแรกของ %1 (เว้นว่าง: ให้ระบบสร้างให้): </translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>เพิ่ม %1 (%2) แล้ว</translation>
    </message>
    <message>
        <source>They choose their own password at their first sign-in.</source>
        <translation>ผู้ใช้จะตั้งรหัสผ่านของตนเองเมื่อเข้าสู่ระบบครั้งแรก</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>FULL NAME</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>ระงับการใช้งาน</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>ต้องเปลี่ยนรหัสผ่าน</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <source>Disabled %1; their password no longer opens the vault.</source>
        <translation>ระงับการใช้งาน %1 แล้ว รหัสผ่านของผู้ใช้นี้เปิดที่เก็บข้อมูลเข้ารหัสไม่ได้อีก</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>รหัสผ่านใหม่: </translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>เปลี่ยนรหัสผ่านแล้ว</translation>
    </message>
    <message>
        <source>One-time password (hand it over in person; it must be changed at the first sign-in):</source>
        <translation>รหัสผ่านใช้ครั้งเดียว (มอบให้ด้วยตนเอง ต้องเปลี่ยนเมื่อเข้าสู่ระบบครั้งแรก):</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Device %1: %2</source>
        <translation>อุปกรณ์ %1: %2</translation>
    </message>
    <message>
        <source>Alarm setting %1 must be a whole number from %2 to %3.</source>
        <translation>ค่าสัญญาณฉุกเฉิน %1 ต้องเป็นจำนวนเต็มตั้งแต่ %2 ถึง %3</translation>
    </message>
    <message>
        <source>The alarm settings are not an object.</source>
        <translation>การตั้งค่าสัญญาณฉุกเฉินไม่ใช่ออบเจ็กต์</translation>
    </message>
    <message>
        <source>Alarm setting devices must be a list of device specs.</source>
        <translation>ค่า devices ของสัญญาณฉุกเฉินต้องเป็นรายการข้อกำหนดอุปกรณ์</translation>
    </message>
    <message>
        <source>A device is listed twice.</source>
        <translation>มีอุปกรณ์ซ้ำกันในรายการ</translation>
    </message>
    <message>
        <source>The room name must be plain text of at most %1 letters.</source>
        <translation>ชื่อห้องต้องเป็นข้อความธรรมดาไม่เกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>Alarm setting silent must be true or false.</source>
        <translation>ค่า silent ของสัญญาณฉุกเฉินต้องเป็น true หรือ false</translation>
    </message>
    <message>
        <source>The second escalation step must come after the first (%1 s).</source>
        <translation>การแจ้งเตือนขั้นที่สองต้องมาหลังขั้นที่หนึ่ง (%1 วินาที)</translation>
    </message>
    <message>
        <source>The alarm settings file cannot be read: %1</source>
        <translation>อ่านไฟล์การตั้งค่าสัญญาณฉุกเฉินไม่ได้: %1</translation>
    </message>
    <message>
        <source>The alarm settings file is not valid JSON (line %1).</source>
        <translation>ไฟล์การตั้งค่าสัญญาณฉุกเฉินไม่ใช่ JSON ที่ถูกต้อง (บรรทัดที่ %1)</translation>
    </message>
    <message>
        <source>This file is not a TJ Desk backup, or it is damaged or incomplete. Nothing was replaced.</source>
        <translation>ไฟล์นี้ไม่ใช่ข้อมูลสำรองของ TJ Desk หรือเสียหายหรือไม่ครบ ไม่มีการแทนที่ใด ๆ</translation>
    </message>
    <message>
        <source>This password or recovery key does not open the backup (a backup opens with the passwords of the day it was made). Nothing was replaced.</source>
        <translation>รหัสผ่านหรือกุญแจกู้คืนนี้เปิดข้อมูลสำรองไม่ได้ (ข้อมูลสำรองเปิดด้วยรหัสผ่าน ณ วันที่สำรอง) ไม่มีการแทนที่ใด ๆ</translation>
    </message>
    <message>
        <source>The backup did not pass its checks (damaged pages or missing rows). Nothing was replaced.</source>
        <translation>ข้อมูลสำรองไม่ผ่านการตรวจสอบ (หน้าเสียหายหรือแถวขาดหาย) ไม่มีการแทนที่ใด ๆ</translation>
    </message>
    <message>
        <source>The backup file already exists.</source>
        <translation>มีไฟล์ข้อมูลสำรองนี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>The backup folder does not exist.</source>
        <translation>ไม่มีโฟลเดอร์สำรองข้อมูลนี้</translation>
    </message>
    <message>
        <source>Restore into a new, empty folder. Nothing was replaced.</source>
        <translation>โปรดกู้คืนลงในโฟลเดอร์ใหม่ที่ว่างเปล่า ไม่มีการแทนที่ใด ๆ</translation>
    </message>
    <message>
        <source>Give a user and password, or the recovery key.</source>
        <translation>โปรดระบุผู้ใช้และรหัสผ่าน หรือกุญแจกู้คืน</translation>
    </message>
    <message>
        <source>That folder holds no restored vault.</source>
        <translation>โฟลเดอร์นั้นไม่มีที่เก็บข้อมูลที่กู้คืน</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>ไม่มีกรณีนี้</translation>
    </message>
    <message>
        <source>There is no such session.</source>
        <translation>ไม่มีการให้คำปรึกษานี้</translation>
    </message>
    <message>
        <source>You may not see or change this part of the case (%1). Ask the case worker.</source>
        <translation>คุณไม่มีสิทธิ์ดูหรือแก้ไขส่วนนี้ของกรณี (%1) โปรดติดต่อผู้รับผิดชอบกรณี</translation>
    </message>
    <message>
        <source>Someone else changed this case while you were editing it. Your changes were not saved; please open it again.</source>
        <translation>มีผู้อื่นแก้ไขกรณีนี้ขณะที่คุณกำลังแก้ไขอยู่ การเปลี่ยนแปลงของคุณยังไม่ได้บันทึก โปรดเปิดกรณีนี้ใหม่</translation>
    </message>
    <message>
        <source>There is no such staff member.</source>
        <translation>ไม่มีเจ้าหน้าที่คนนี้</translation>
    </message>
    <message>
        <source>A case needs at least one assigned case worker.</source>
        <translation>กรณีต้องมีผู้รับผิดชอบกรณีอย่างน้อยหนึ่งคน</translation>
    </message>
    <message>
        <source>This draft is too long to keep.</source>
        <translation>ฉบับร่างนี้ยาวเกินกว่าจะเก็บไว้ได้</translation>
    </message>
    <message>
        <source>Unknown way of printing.</source>
        <translation>ไม่รู้จักวิธีพิมพ์นี้</translation>
    </message>
    <message>
        <source>Someone else changed this session while you were editing it. Your changes were not saved; please open it again.</source>
        <translation>มีผู้อื่นแก้ไขการให้คำปรึกษานี้ขณะที่คุณกำลังแก้ไขอยู่ การเปลี่ยนแปลงของคุณยังไม่ได้บันทึก โปรดเปิดใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>This part of a session has no notes.</source>
        <translation>ส่วนนี้ของการให้คำปรึกษาไม่มีบันทึก</translation>
    </message>
    <message>
        <source>A chosen counselor is not a staff member.</source>
        <translation>ผู้ให้คำปรึกษาที่เลือกไม่ใช่เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Someone else saved this note while you were writing. Your text was NOT written over theirs: both versions are kept. Please open the note, compare the two versions and save again.</source>
        <translation>มีผู้อื่นบันทึกบันทึกนี้ขณะที่คุณกำลังเขียน ข้อความของคุณ &quot;ไม่ได้&quot; เขียนทับของผู้อื่น ทั้งสองฉบับถูกเก็บไว้ โปรดเปิดบันทึก เปรียบเทียบทั้งสองฉบับ แล้วบันทึกอีกครั้ง</translation>
    </message>
    <message>
        <source>A time was given without its time zone.</source>
        <translation>มีการระบุเวลาโดยไม่มีเขตเวลา</translation>
    </message>
    <message>
        <source>Please choose the case this session belongs to.</source>
        <translation>โปรดเลือกกรณีของการให้คำปรึกษานี้</translation>
    </message>
    <message>
        <source>Please enter when the session started.</source>
        <translation>โปรดระบุเวลาเริ่มการให้คำปรึกษา</translation>
    </message>
    <message>
        <source>Please enter when the session ended.</source>
        <translation>โปรดระบุเวลาสิ้นสุดการให้คำปรึกษา</translation>
    </message>
    <message>
        <source>The session ends before it starts. Please check the start and end times.</source>
        <translation>เวลาสิ้นสุดอยู่ก่อนเวลาเริ่ม โปรดตรวจสอบเวลาเริ่มและเวลาสิ้นสุด</translation>
    </message>
    <message>
        <source>The session would last more than a day. Please check the dates.</source>
        <translation>การให้คำปรึกษาจะยาวเกินหนึ่งวัน โปรดตรวจสอบวันที่</translation>
    </message>
    <message>
        <source>Please choose how you were in contact (call, in person, visit...).</source>
        <translation>โปรดเลือกช่องทางการติดต่อ (โทรศัพท์ พบตัว เยี่ยมบ้าน...)</translation>
    </message>
    <message>
        <source>The follow-up date is in the past. Please choose today or a later day.</source>
        <translation>วันนัดติดตามผลผ่านไปแล้ว โปรดเลือกวันนี้หรือวันหลังจากนี้</translation>
    </message>
    <message>
        <source>The nickname is too long: please keep it under %1 characters.</source>
        <translation>ชื่อเล่นยาวเกินไป โปรดใช้ไม่เกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>The text in “%1” is too long.</source>
        <translation>ข้อความใน “%1” ยาวเกินไป</translation>
    </message>
    <message>
        <source>A consent to share ends on a day that has already passed. Please check it.</source>
        <translation>ความยินยอมให้เปิดเผยข้อมูลสิ้นสุดในวันที่ผ่านไปแล้ว โปรดตรวจสอบ</translation>
    </message>
    <message>
        <source>The case cannot be opened on a future day.</source>
        <translation>เปิดกรณีในวันที่ยังมาไม่ถึงไม่ได้</translation>
    </message>
    <message>
        <source>The session starts in the future. Please record it once it has happened.</source>
        <translation>การให้คำปรึกษาเริ่มในอนาคต โปรดบันทึกหลังจากเกิดขึ้นแล้ว</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>โปรดเข้าสู่ระบบก่อน</translation>
    </message>
    <message>
        <source>There is already a user with this name.</source>
        <translation>มีผู้ใช้ชื่อนี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>You cannot disable yourself.</source>
        <translation>คุณระงับการใช้งานของตัวเองไม่ได้</translation>
    </message>
    <message>
        <source>The last administrator cannot be disabled.</source>
        <translation>ระงับการใช้งานผู้ดูแลระบบคนสุดท้ายไม่ได้</translation>
    </message>
    <message>
        <source>This user is disabled: enable the account instead.</source>
        <translation>ผู้ใช้นี้ถูกระงับการใช้งานอยู่ โปรดเปิดใช้งานบัญชีแทน</translation>
    </message>
    <message>
        <source>The last administrator must stay an administrator.</source>
        <translation>ผู้ดูแลระบบคนสุดท้ายต้องเป็นผู้ดูแลระบบต่อไป</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านเดิม</translation>
    </message>
    <message>
        <source>Only an administrator can manage users.</source>
        <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่จัดการผู้ใช้ได้</translation>
    </message>
    <message>
        <source>There is no user with this name.</source>
        <translation>ไม่มีผู้ใช้ชื่อนี้</translation>
    </message>
    <message>
        <source>A display name is at most 100 printable characters.</source>
        <translation>ชื่อที่แสดงมีได้ไม่เกิน 100 ตัวอักษรที่พิมพ์ได้</translation>
    </message>
    <message>
        <source>The vault is damaged: some of its pages fail their checks. Nothing was changed. Restore the latest backup (see the administrator&apos;s guide).</source>
        <translation>ที่เก็บข้อมูลเข้ารหัสเสียหาย: บางหน้าไม่ผ่านการตรวจสอบ ไม่มีการเปลี่ยนแปลงใด ๆ โปรดกู้คืนจากข้อมูลสำรองล่าสุด (ดูคู่มือผู้ดูแลระบบ)</translation>
    </message>
    <message>
        <source>There is no vault database in this folder: %1</source>
        <translation>ไม่มีฐานข้อมูลของที่เก็บข้อมูลเข้ารหัสในโฟลเดอร์นี้: %1</translation>
    </message>
    <message>
        <source>A vault already exists in this folder: %1</source>
        <translation>มีที่เก็บข้อมูลเข้ารหัสอยู่ในโฟลเดอร์นี้แล้ว: %1</translation>
    </message>
    <message>
        <source>The vault could not be opened: the key is wrong, or the file is damaged or is not a TJ Desk vault. Nothing was changed.</source>
        <translation>เปิดที่เก็บข้อมูลเข้ารหัสไม่ได้: กุญแจไม่ถูกต้อง หรือไฟล์เสียหาย หรือไม่ใช่ที่เก็บข้อมูลของ TJ Desk ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>This SQLCipher version is not supported: %1</source>
        <translation>ไม่รองรับ SQLCipher รุ่นนี้: %1</translation>
    </message>
    <message>
        <source>Temporary data would be written to disk; refusing.</source>
        <translation>ข้อมูลชั่วคราวจะถูกเขียนลงดิสก์ จึงไม่ดำเนินการ</translation>
    </message>
    <message>
        <source>The vault could not switch to its safe journal mode.</source>
        <translation>ที่เก็บข้อมูลเข้ารหัสเปลี่ยนเป็นโหมดบันทึกที่ปลอดภัยไม่ได้</translation>
    </message>
    <message>
        <source>A vault safety setting did not hold: %1</source>
        <translation>การตั้งค่าความปลอดภัยของที่เก็บข้อมูลไม่มีผล: %1</translation>
    </message>
    <message>
        <source>There is no vault in this folder yet.</source>
        <translation>ยังไม่มีที่เก็บข้อมูลเข้ารหัสในโฟลเดอร์นี้</translation>
    </message>
    <message>
        <source>This folder already holds a vault; nothing was changed.</source>
        <translation>โฟลเดอร์นี้มีที่เก็บข้อมูลเข้ารหัสอยู่แล้ว ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is missing. Put it back from a backup, or open the vault with its recovery key.</source>
        <translation>ไม่พบไฟล์กุญแจของที่เก็บข้อมูลเข้ารหัส โปรดนำกลับมาจากข้อมูลสำรอง หรือเปิดด้วยกุญแจกู้คืน</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged. Put it back from a backup, or open the vault with its recovery key.</source>
        <translation>ไฟล์กุญแจของที่เก็บข้อมูลเข้ารหัสเสียหาย โปรดนำกลับมาจากข้อมูลสำรอง หรือเปิดด้วยกุญแจกู้คืน</translation>
    </message>
    <message>
        <source>The database file in this folder is not a TJ Desk vault.</source>
        <translation>ไฟล์ฐานข้อมูลในโฟลเดอร์นี้ไม่ใช่ที่เก็บข้อมูลเข้ารหัสของ TJ Desk</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged or does not belong to its key file. Restore it from a backup.</source>
        <translation>ฐานข้อมูลของที่เก็บข้อมูลเข้ารหัสเสียหาย หรือไม่ตรงกับไฟล์กุญแจ โปรดกู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of TJ Desk. Install that version to open it.</source>
        <translation>ที่เก็บข้อมูลนี้สร้างด้วย TJ Desk รุ่นที่ใหม่กว่า โปรดติดตั้งรุ่นนั้นเพื่อเปิด</translation>
    </message>
    <message>
        <source>Wrong user name or password. Wait %1 seconds before the next try.</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง โปรดรอ %1 วินาทีก่อนลองใหม่</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait %1 seconds before the next try.</source>
        <translation>ใส่รหัสผ่านผิดหลายครั้งเกินไป โปรดรอ %1 วินาทีก่อนลองใหม่</translation>
    </message>
    <message>
        <source>This user has been disabled. Ask an administrator for help.</source>
        <translation>ผู้ใช้นี้ถูกระงับการใช้งาน โปรดติดต่อผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>This recovery key does not open this vault.</source>
        <translation>กุญแจกู้คืนนี้เปิดที่เก็บข้อมูลเข้ารหัสนี้ไม่ได้</translation>
    </message>
    <message>
        <source>A recovery key is 64 hex digits (0-9 and a-f); spaces and dashes between groups are fine.</source>
        <translation>กุญแจกู้คืนคือเลขฐานสิบหก 64 ตัว (0-9 และ a-f) เว้นวรรคหรือขีดระหว่างกลุ่มได้</translation>
    </message>
    <message>
        <source>The vault folder cannot be written to (read-only, full, or no permission).</source>
        <translation>เขียนลงโฟลเดอร์ของที่เก็บข้อมูลไม่ได้ (อ่านอย่างเดียว เต็ม หรือไม่มีสิทธิ์)</translation>
    </message>
    <message>
        <source>A user name is 1 to 64 letters, digits or signs, without spaces.</source>
        <translation>ชื่อผู้ใช้ต้องมี 1 ถึง 64 ตัวอักษร ตัวเลข หรือเครื่องหมาย โดยไม่มีช่องว่าง</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of TJ Desk (schema %1; this version knows up to %2). Please update TJ Desk. Nothing was changed.</source>
        <translation>ที่เก็บข้อมูลนี้สร้างด้วย TJ Desk รุ่นที่ใหม่กว่า (schema %1 รุ่นนี้รองรับถึง %2) โปรดอัปเดต TJ Desk ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>The vault is open elsewhere (another TJ Desk window or command). Close it there, then try again. Nothing was changed.</source>
        <translation>ที่เก็บข้อมูลเข้ารหัสเปิดอยู่ที่อื่น (หน้าต่างหรือคำสั่ง TJ Desk อื่น) โปรดปิดที่นั่นแล้วลองใหม่ ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>The re-encrypted copy did not pass its checks; the vault keeps its old key. Nothing was changed.</source>
        <translation>สำเนาที่เข้ารหัสใหม่ไม่ผ่านการตรวจสอบ ที่เก็บข้อมูลยังใช้กุญแจเดิม ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>Only an administrator can change the vault&apos;s key.</source>
        <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่เปลี่ยนกุญแจของที่เก็บข้อมูลเข้ารหัสได้</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>รหัสผ่านต้องมีอย่างน้อย %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>Please give the shelter or room a name.</source>
        <translation>โปรดตั้งชื่อสถานคุ้มครองหรือห้อง</translation>
    </message>
    <message>
        <source>The vault location is a file, not a folder.</source>
        <translation>ตำแหน่งของที่เก็บข้อมูลเป็นไฟล์ ไม่ใช่โฟลเดอร์</translation>
    </message>
    <message>
        <source>That name belongs to a user who is not an administrator.</source>
        <translation>ชื่อนี้เป็นของผู้ใช้ที่ไม่ใช่ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>You may not do this with visits.</source>
        <translation>คุณไม่มีสิทธิ์ทำสิ่งนี้กับข้อมูลการเยี่ยมชม</translation>
    </message>
    <message>
        <source>Keep visits for %1 to %2 days.</source>
        <translation>เก็บข้อมูลการเยี่ยมชมได้ %1 ถึง %2 วัน</translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation>ที่อยู่ยาวเกินไป</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>โปรดเลือกอย่างน้อยหนึ่งภาษา</translation>
    </message>
    <message>
        <source>There is no rule sheet for language %1.</source>
        <translation>ไม่มีเอกสารข้อปฏิบัติสำหรับภาษา %1</translation>
    </message>
    <message>
        <source>A sheet can hold at most %1 signature lines.</source>
        <translation>เอกสารหนึ่งแผ่นมีช่องลงนามได้ไม่เกิน %1 บรรทัด</translation>
    </message>
    <message>
        <source>The rule-sheet template is not valid.</source>
        <translation>แม่แบบเอกสารข้อปฏิบัติไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The rule-sheet template has an unknown field: %1.</source>
        <translation>แม่แบบเอกสารข้อปฏิบัติมีช่องที่ไม่รู้จัก: %1</translation>
    </message>
    <message>
        <source>The rule-sheet template is from a newer version.</source>
        <translation>แม่แบบเอกสารข้อปฏิบัตินี้มาจากรุ่นที่ใหม่กว่า</translation>
    </message>
    <message>
        <source>The rule-sheet field %1 is not valid text.</source>
        <translation>ช่อง %1 ของเอกสารข้อปฏิบัติไม่ใช่ข้อความที่ถูกต้อง</translation>
    </message>
    <message>
        <source>The rule-sheet field %1 is not a valid list.</source>
        <translation>ช่อง %1 ของเอกสารข้อปฏิบัติไม่ใช่รายการที่ถูกต้อง</translation>
    </message>
    <message>
        <source>The rule sheet needs a %1.</source>
        <translation>เอกสารข้อปฏิบัติต้องมี %1</translation>
    </message>
    <message>
        <source>The rule sheet needs at least one obligation.</source>
        <translation>เอกสารข้อปฏิบัติต้องมีข้อปฏิบัติอย่างน้อยหนึ่งข้อ</translation>
    </message>
    <message>
        <source>Language code %1 is not valid (use e.g. th, en, my).</source>
        <translation>รหัสภาษา %1 ไม่ถูกต้อง (ใช้ เช่น th, en, my)</translation>
    </message>
    <message>
        <source>Date style %1 is not one of: thai_be, english, iso.</source>
        <translation>รูปแบบวันที่ %1 ไม่ใช่ thai_be, english หรือ iso</translation>
    </message>
    <message>
        <source>No rule sheet ships for language %1.</source>
        <translation>ไม่มีเอกสารข้อปฏิบัติมาตรฐานสำหรับภาษา %1</translation>
    </message>
    <message>
        <source>The sheet contains the shelter&apos;s address. Remove it: the address is never printed.</source>
        <translation>เอกสารมีที่อยู่ของสถานคุ้มครอง โปรดลบออก: ที่อยู่จะไม่ถูกพิมพ์เด็ดขาด</translation>
    </message>
    <message>
        <source>Nothing changed: the sheet was not saved again.</source>
        <translation>ไม่มีการเปลี่ยนแปลง จึงไม่ได้บันทึกเอกสารซ้ำ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ผู้ดูแลคณะ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 ต้องเป็นข้อความ</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 ยาวเกินไป (ไม่เกิน %2 ตัวอักษร)</translation>
    </message>
    <message>
        <source>%1 contains control characters.</source>
        <translation>%1 มีอักขระควบคุม</translation>
    </message>
    <message>
        <source>The visit needs a local date and time.</source>
        <translation>การเยี่ยมชมต้องมีวันและเวลาท้องถิ่น</translation>
    </message>
    <message>
        <source>Enter the visiting organisation.</source>
        <translation>โปรดระบุหน่วยงานที่มาเยี่ยมชม</translation>
    </message>
    <message>
        <source>The number of visitors must be 1 to %1.</source>
        <translation>จำนวนผู้เยี่ยมชมต้องอยู่ระหว่าง 1 ถึง %1 คน</translation>
    </message>
    <message>
        <source>There are more names (%1) than visitors (%2).</source>
        <translation>มีรายชื่อ (%1) มากกว่าจำนวนผู้เยี่ยมชม (%2)</translation>
    </message>
    <message>
        <source>Visit %1 does not exist.</source>
        <translation>ไม่มีการเยี่ยมชม %1</translation>
    </message>
    <message>
        <source>Unknown alarm source %1.</source>
        <translation>ไม่รู้จักแหล่งสัญญาณ %1</translation>
    </message>
    <message>
        <source>Choose why the alarm is reset.</source>
        <translation>โปรดเลือกเหตุผลของการรีเซ็ตสัญญาณ</translation>
    </message>
    <message>
        <source>Someone must check on the room before the alarm is reset.</source>
        <translation>ต้องมีผู้ไปตรวจดูที่ห้องก่อนรีเซ็ตสัญญาณ</translation>
    </message>
    <message>
        <source>A drill lasts between 10 seconds and one hour.</source>
        <translation>การซ้อมใช้เวลาได้ตั้งแต่ 10 วินาทีถึงหนึ่งชั่วโมง</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>โปรดเข้าสู่ระบบก่อน</translation>
    </message>
    <message>
        <source>A drill lasts from 1 to %1 seconds.</source>
        <translation>การซ้อมใช้เวลาได้ตั้งแต่ 1 ถึง %1 วินาที</translation>
    </message>
    <message>
        <source>The running alarm service does not serve %1; it serves: %2</source>
        <translation>ระบบสัญญาณฉุกเฉินที่ทำงานอยู่ไม่ได้ดูแล %1 แต่ดูแล: %2</translation>
    </message>
    <message>
        <source>The date %1 is not a date (use YYYY-MM-DD).</source>
        <translation>%1 ไม่ใช่วันที่ (ใช้รูปแบบ YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>The output file must end in .pdf.</source>
        <translation>ไฟล์ผลลัพธ์ต้องลงท้ายด้วย .pdf</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>ไม่มีโฟลเดอร์ %1</translation>
    </message>
    <message>
        <source>Blank lines must be 0 to 200.</source>
        <translation>จำนวนบรรทัดว่างต้องอยู่ระหว่าง 0 ถึง 200</translation>
    </message>
    <message>
        <source>Printing a visit&apos;s sheet needs --user (sign in).</source>
        <translation>การพิมพ์เอกสารของการเยี่ยมชมต้องใช้ --user (เข้าสู่ระบบ)</translation>
    </message>
    <message>
        <source>Only administrators and directors can read the audit trail.</source>
        <translation>เฉพาะผู้ดูแลระบบและผู้อำนวยการเท่านั้นที่อ่านประวัติการใช้งานได้</translation>
    </message>
    <message>
        <source>This head was exported from another vault.</source>
        <translation>รายการล่าสุดนี้ส่งออกมาจากที่เก็บข้อมูลเข้ารหัสอื่น</translation>
    </message>
    <message>
        <source>That file already exists.</source>
        <translation>มีไฟล์นั้นอยู่แล้ว</translation>
    </message>
    <message>
        <source>The file could not be written there.</source>
        <translation>เขียนไฟล์ในตำแหน่งนั้นไม่ได้</translation>
    </message>
    <message>
        <source>This is not an exported audit head.</source>
        <translation>ไฟล์นี้ไม่ใช่รายการล่าสุดของประวัติการใช้งานที่ส่งออก</translation>
    </message>
    <message>
        <source>Only an administrator can make a backup.</source>
        <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่สำรองข้อมูลได้</translation>
    </message>
</context>
<context>
    <name>hardware</name>
    <message>
        <source>You may not open %1; add yourself to the %2 group (sudo usermod -aG %2 $USER), then log out and in again.</source>
        <translation>คุณไม่มีสิทธิ์เปิด %1 โปรดเพิ่มตัวเองเข้ากลุ่ม %2 (sudo usermod -aG %2 $USER) แล้วออกจากระบบและเข้าใหม่</translation>
    </message>
    <message>
        <source>%1 is open in another program (perhaps the alarm service or a serial terminal).</source>
        <translation>%1 เปิดอยู่ในโปรแกรมอื่น (อาจเป็นระบบสัญญาณฉุกเฉินหรือเทอร์มินัลอนุกรม)</translation>
    </message>
    <message>
        <source>brltty (a braille display service) is running and takes over CH340 adapters such as %1; remove it (sudo apt remove brltty) or disable its udev rules.</source>
        <translation>brltty (บริการจอแสดงผลอักษรเบรลล์) ทำงานอยู่และยึดอะแดปเตอร์ CH340 เช่น %1 โปรดถอนออก (sudo apt remove brltty) หรือปิดกฎ udev ของโปรแกรมนี้</translation>
    </message>
    <message>
        <source>ModemManager is running and may probe %1 with modem commands for several seconds; add a udev rule with ENV{ID_MM_DEVICE_IGNORE}=&quot;1&quot; for %2, or stop ModemManager.</source>
        <translation>ModemManager ทำงานอยู่และอาจส่งคำสั่งโมเด็มไปทดสอบ %1 เป็นเวลาหลายวินาที โปรดเพิ่มกฎ udev ที่มี ENV{ID_MM_DEVICE_IGNORE}=&quot;1&quot; สำหรับ %2 หรือหยุด ModemManager</translation>
    </message>
    <message>
        <source>%1 has no USB serial number, so it is told apart from an identical board only by the USB socket it uses; keep it in the same socket.</source>
        <translation>%1 ไม่มีหมายเลขซีเรียล USB จึงแยกออกจากแผงรุ่นเดียวกันได้ด้วยช่อง USB ที่เสียบเท่านั้น โปรดเสียบไว้ที่ช่องเดิมเสมอ</translation>
    </message>
</context>
<context>
    <name>platform_check</name>
    <message>
        <source>TJ Desk cannot open its window: no display was found (neither DISPLAY nor WAYLAND_DISPLAY is set).
  - On a desktop: start it from a terminal inside your desktop session (make run).
  - Over SSH: connect with &apos;ssh -X&apos; so the window can open on your screen.
  - Without any screen (tests, servers): QT_QPA_PLATFORM=offscreen make run
    draws the windows off screen; nothing is shown.
The command-line tools work without a display: .venv/bin/tjdesk --help</source>
        <translation>TJ Desk เปิดหน้าต่างไม่ได้: ไม่พบจอภาพ (ไม่ได้ตั้งค่า DISPLAY หรือ WAYLAND_DISPLAY)
  - บนเดสก์ท็อป: เริ่มจากเทอร์มินัลในเซสชันเดสก์ท็อปของคุณ (make run)
  - ผ่าน SSH: เชื่อมต่อด้วย &apos;ssh -X&apos; เพื่อให้หน้าต่างเปิดบนจอของคุณ
  - ไม่มีจอภาพเลย (การทดสอบ เซิร์ฟเวอร์): QT_QPA_PLATFORM=offscreen make run
    จะวาดหน้าต่างนอกจอ ไม่มีอะไรแสดง
เครื่องมือบรรทัดคำสั่งใช้ได้โดยไม่ต้องมีจอภาพ: .venv/bin/tjdesk --help</translation>
    </message>
    <message>
        <source>TJ Desk cannot open its window: the X11 libraries Qt needs are missing: %1.
Install them (as administrator) with:
  sudo apt-get install %2
then run it again. (On a Wayland desktop you can also set QT_QPA_PLATFORM=wayland.)</source>
        <translation>TJ Desk เปิดหน้าต่างไม่ได้: ไม่มีไลบรารี X11 ที่ Qt ต้องใช้: %1
โปรดติดตั้ง (ในฐานะผู้ดูแลระบบ) ด้วยคำสั่ง:
  sudo apt-get install %2
แล้วเรียกใช้อีกครั้ง (บนเดสก์ท็อป Wayland สามารถตั้งค่า QT_QPA_PLATFORM=wayland ได้เช่นกัน)</translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>สั้นเกินไป: ใช้อย่างน้อย 8 ตัวอักษร</translation>
    </message>
    <message>
        <source>Acceptable. A longer one (12 or more characters, a few words) is safer.</source>
        <translation>ใช้ได้ รหัสผ่านที่ยาวกว่านี้ (12 ตัวอักษรขึ้นไป หรือหลายคำ) จะปลอดภัยกว่า</translation>
    </message>
    <message>
        <source>Too many repeated characters: mix in other words.</source>
        <translation>มีตัวอักษรซ้ำมากเกินไป: ลองผสมคำอื่นเข้าไป</translation>
    </message>
</context>
</TS>
