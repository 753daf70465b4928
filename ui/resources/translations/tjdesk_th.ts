<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name></name>
    <message>
        <source>Something went wrong; nothing was changed. Please try again.</source>
        <translation>เกิด​ข้อผิดพลาด ไม่​มี​การเปลี่ยนแปลง​ใด ๆ โปรด​ลอง​อีกครั้ง</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>วัน​และ​เวลา</translation>
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
        <translation>ผู้ดูแล​คณะ</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>เอกสาร​ข้อปฏิบัติ</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>รายการ​ตรวจสอบ</translation>
    </message>
    <message>
        <source>(printed)</source>
        <translation>(พิมพ์​แล้ว)</translation>
    </message>
    <message>
        <source>%1 of 3 done</source>
        <translation>เสร็จ %1 จาก 3 ข้อ</translation>
    </message>
    <message>
        <source>Briefed</source>
        <translation>ชี้แจง​แล้ว</translation>
    </message>
    <message>
        <source>Sheet signed</source>
        <translation>ลงนาม​ใน​เอกสาร​แล้ว</translation>
    </message>
    <message>
        <source>Devices deposited</source>
        <translation>ฝาก​อุปกรณ์​แล้ว</translation>
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
        <translation>ไม่​มี​ผู้ใด</translation>
    </message>
    <message>
        <source>Type a device, for example panicbox:COM3 or sim:.</source>
        <translation>พิมพ์​ชื่อ​อุปกรณ์ เช่น panicbox:COM3 หรือ sim:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known kind of device. Known kinds: panicbox, numato, lcus, modbus, sim.</source>
        <translation>&quot;%1&quot; ไม่​ใช่​ชนิด​อุปกรณ์​ที่​รู้จัก ชนิด​ที่​รู้จัก: panicbox, numato, lcus, modbus, sim</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no port. Add one, for example panicbox:COM3 or panicbox:/dev/ttyACM0.</source>
        <translation>&quot;%1&quot; ไม่​ได้​ระบุ​พอร์ต โปรด​เพิ่ม เช่น panicbox:COM3 หรือ panicbox:/dev/ttyACM0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of the form name=value.</source>
        <translation>&quot;%1&quot; ไม่​ใช่​ตัวเลือก​ใน​รูปแบบ name=value</translation>
    </message>
    <message>
        <source>This kind of device has no option &quot;%1&quot;.</source>
        <translation>อุปกรณ์​ชนิด​นี้​ไม่​มี​ตัวเลือก &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; is given twice.</source>
        <translation>ระบุ​ตัวเลือก &quot;%1&quot; ซ้ำสอง​ครั้ง</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value.</source>
        <translation>&quot;%1&quot; ไม่​ใช่​ค่าที่​ถูกต้อง</translation>
    </message>
    <message>
        <source>Two outputs use the same pin or channel &quot;%1&quot;. Give them different ones.</source>
        <translation>เอาต์พุต​สอง​ตัว​ใช้​ขา​หรือ​ช่อง &quot;%1&quot; เดียวกัน โปรด​กำหนดให้​ต่างกัน</translation>
    </message>
    <message>
        <source>Device %1 reports a fault: %2.</source>
        <translation>อุปกรณ์ %1 แจ้ง​ข้อขัดข้อง: %2</translation>
    </message>
    <message>
        <source>%1 desk(s) listening.</source>
        <translation>มี​โต๊ะ​เจ้าหน้าที่​รับฟัง​อยู่ %1 จุด</translation>
    </message>
    <message>
        <source>On the alarm network: %1 room(s).</source>
        <translation>อยู่​ใน​เครือข่าย​สัญญาณ​ฉุกเฉิน: %1 ห้อง</translation>
    </message>
    <message>
        <source>No panic button is set up for this room.</source>
        <translation>ยัง​ไม่​ได้​ติดตั้ง​ปุ่ม​ฉุกเฉิน​สำหรับ​ห้อง​นี้</translation>
    </message>
    <message>
        <source>The alarm service reports that the room is not protected.</source>
        <translation>ระบบ​สัญญาณ​ฉุกเฉิน​แจ้ง​ว่า​ปุ่ม​ฉุกเฉิน​ของ​ห้อง​นี้​ใช้งาน​ไม่​ได้</translation>
    </message>
    <message>
        <source>The alarm service was stopped by %1.</source>
        <translation>ระบบ​สัญญาณ​ฉุกเฉิน​ถูก​หยุด​โดย %1</translation>
    </message>
    <message>
        <source>Connecting to the alarm service...</source>
        <translation>กำลัง​เชื่อมต่อ​กับ​ระบบ​สัญญาณ​ฉุกเฉิน...</translation>
    </message>
    <message>
        <source>The alarm is not running. Trying to start it again.</source>
        <translation>ระบบ​สัญญาณ​ฉุกเฉิน​ไม่​ได้​ทำงาน กำลัง​พยายาม​เริ่มใหม่</translation>
    </message>
    <message>
        <source>Room not protected</source>
        <translation>ปุ่ม​ฉุกเฉิน​ของ​ห้อง​นี้​ใช้งาน​ไม่​ได้</translation>
    </message>
    <message>
        <source>Alarm network fault</source>
        <translation>เครือข่าย​สัญญาณ​ฉุกเฉิน​ขัดข้อง</translation>
    </message>
    <message>
        <source>Drill until %1. Presses now are tests, not real alarms.</source>
        <translation>ซ้อม​จนถึง %1 การ​กดปุ่ม​ตอนนี้​เป็นการ​ทดสอบ ไม่​ใช่​สัญญาณ​จริง</translation>
    </message>
    <message>
        <source>%1 test press(es) received; the last at %2 from the %3.</source>
        <translation>ได้รับ​การ​กด​ทดสอบ %1 ครั้ง ครั้ง​ล่าสุด​เมื่อ %2 จาก%3</translation>
    </message>
    <message>
        <source>Alarm drill</source>
        <translation>ซ้อม​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>No alarm</source>
        <translation>ไม่​มี​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>All rooms are calm.</source>
        <translation>ทุก​ห้อง​เป็นปกติ</translation>
    </message>
    <message>
        <source>Room protected</source>
        <translation>ปุ่ม​ฉุกเฉิน​ของ​ห้อง​นี้​พร้อม​ใช้งาน</translation>
    </message>
    <message>
        <source>%1 is on the way (answered at %2).</source>
        <translation>%1 กำลัง​ไป (รับทราบ​เมื่อ %2)</translation>
    </message>
    <message>
        <source>Raised at %1. Nobody has answered yet.</source>
        <translation>ส่งสัญญาณ​เมื่อ %1 ยัง​ไม่​มี​ผู้​รับทราบ</translation>
    </message>
    <message>
        <source>The room&apos;s computer is not on the network now.</source>
        <translation>ขณะนี้​คอมพิวเตอร์​ของ​ห้อง​นั้น​ไม่​ได้​อยู่​ใน​เครือข่าย</translation>
    </message>
    <message>
        <source>answered by %1</source>
        <translation>%1 รับทราบ​แล้ว</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>ยัง​ไม่​มี​ผู้​รับทราบ</translation>
    </message>
    <message>
        <source>Also ALARM in %1 (%2).</source>
        <translation>มี​สัญญาณ​ฉุกเฉิน​ที่ %1 ด้วย (%2)</translation>
    </message>
    <message>
        <source>Received ✓✓</source>
        <translation>ได้รับ​แล้ว ✓✓</translation>
    </message>
    <message>
        <source>Received ✓</source>
        <translation>ได้รับ​แล้ว ✓</translation>
    </message>
    <message>
        <source>the counselling room</source>
        <translation>ห้อง​ให้คำปรึกษา</translation>
    </message>
    <message>
        <source>ALARM in %1</source>
        <translation>สัญญาณ​ฉุกเฉิน​ที่ %1</translation>
    </message>
    <message>
        <source>%1 is on the way (answered at %2). Raised at %3 by the %4.</source>
        <translation>%1 กำลัง​ไป​ที่​ห้อง (รับทราบ​เมื่อ %2) ส่งสัญญาณ​เมื่อ %3 จาก%4</translation>
    </message>
    <message>
        <source>Raised at %1 by the %2. Nobody has answered yet.</source>
        <translation>ส่งสัญญาณ​เมื่อ %1 จาก%2 ยัง​ไม่​มี​ผู้​รับทราบ</translation>
    </message>
    <message>
        <source>Escalated (step %1).</source>
        <translation>แจ้ง​เตือน​ขั้น​ที่ %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>The new user gets a one-time password, shown on the next screen. Give it to them in person; they choose their own password when they first sign in.</source>
        <translation>ผู้ใช้​ใหม่​จะ​ได้รับ​รหัสผ่าน​ใช้​ครั้ง​เดียว ซึ่ง​จะ​แสดง​ใน​หน้า​ถัดไป โปรด​มอบให้​เจ้าตัว​ด้วย​ตนเอง แล้ว​เจ้าตัว​จะ​ตั้ง​รหัสผ่าน​ของ​ตนเอง​เมื่อ​เข้าสู่ระบบ​ครั้งแรก</translation>
    </message>
    <message>
        <source>User name (for signing in)</source>
        <translation>ชื่อ​ผู้ใช้ (สำหรับ​เข้าสู่ระบบ)</translation>
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
        <translation>เพิ่ม​ผู้ใช้</translation>
    </message>
</context>
<context>
    <name>AdminArea</name>
    <message>
        <source>Audit trail</source>
        <translation>ประวัติ​การใช้งาน</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>ข้อมูล​สำรอง</translation>
    </message>
    <message>
        <source>Vault key</source>
        <translation>กุญแจ​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส</translation>
    </message>
    <message>
        <source>Sealed sections</source>
        <translation>ส่วน​ที่​ปิดผนึก</translation>
    </message>
    <message>
        <source>Alarm settings</source>
        <translation>การ​ตั้งค่า​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>Alarm network</source>
        <translation>เครือข่าย​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>การ​ตั้งค่า</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>First administrator</source>
        <translation>ผู้ดูแล​ระบบ​คน​แรก</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>สร้าง​ที่เก็บ​ข้อมูล​เข้ารหัส</translation>
    </message>
    <message>
        <source>The administrator adds the other staff and sets who sees what. Choose a password only you know: nobody, not even the administrator, can read it back.</source>
        <translation>ผู้ดูแล​ระบบ​เป็น​ผู้​เพิ่ม​เจ้าหน้าที่​คนอื่น​และ​กำหนด​ว่า​ใคร​เห็น​ข้อมูล​ใด​ได้​บ้าง โปรด​ตั้ง​รหัสผ่าน​ที่​รู้​เพียง​คุณ​คนเดียว ไม่​มี​ใคร​อ่าน​รหัสผ่าน​นี้​ย้อนกลับ​ได้ แม้แต่​ผู้ดูแล​ระบบ</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ชื่อ​ผู้ใช้</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>ยืนยัน​รหัสผ่าน</translation>
    </message>
    <message>
        <source>Creating the encrypted vault. This takes a few seconds…</source>
        <translation>กำลัง​สร้าง​ที่เก็บ​ข้อมูล​เข้ารหัส ใช้เวลา​สักครู่…</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>รหัสผ่าน​ปลอดภัย​เพียงพอ</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>รหัสผ่าน​ทั้งสอง​ช่อง​ไม่​ตรงกัน</translation>
    </message>
</context>
<context>
    <name>Administration</name>
    <message>
        <source>That did not work. Nothing was changed.</source>
        <translation>ดำเนินการ​ไม่​สำเร็จ ไม่​มี​การเปลี่ยนแปลง​ใด ๆ</translation>
    </message>
</context>
<context>
    <name>AlarmArea</name>
    <message>
        <source>That did not work. Nothing was changed.</source>
        <translation>ดำเนินการ​ไม่​สำเร็จ ไม่​มี​การเปลี่ยนแปลง​ใด ๆ</translation>
    </message>
    <message>
        <source>The alarm service is not connected to this window.</source>
        <translation>หน้าต่าง​นี้​ไม่​ได้​เชื่อมต่อ​กับ​ระบบ​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>ขณะนี้</translation>
    </message>
    <message>
        <source>Alarm log</source>
        <translation>บันทึก​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>Current alarm</source>
        <translation>สัญญาณ​ฉุกเฉิน​ขณะนี้</translation>
    </message>
    <message>
        <source>I&apos;m on my way</source>
        <translation>กำลัง​ไป​ที่​ห้อง</translation>
    </message>
    <message>
        <source>Reset the alarm...</source>
        <translation>รีเซ็ต​สัญญาณ​ฉุกเฉิน...</translation>
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
        <translation>เริ่ม​การซ้อม</translation>
    </message>
    <message>
        <source>End the drill</source>
        <translation>จบ​การซ้อม</translation>
    </message>
    <message>
        <source>Start the alarm service</source>
        <translation>เริ่ม​ระบบ​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>Rooms on the alarm network</source>
        <translation>ห้อง​ใน​เครือข่าย​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>Devices in this room</source>
        <translation>อุปกรณ์​ใน​ห้อง​นี้</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>From / to:</source>
        <translation>ตั้งแต่ / ถึง:</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>ทุก​ห้อง</translation>
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
        <translation>สัญญาณ​ฉุกเฉิน​จริง</translation>
    </message>
    <message>
        <source>Drill presses (tests)</source>
        <translation>การ​กดปุ่ม​ระหว่าง​ซ้อม</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>ข้อขัดข้อง</translation>
    </message>
    <message>
        <source>Alarm service stopped or started</source>
        <translation>การ​หยุด​หรือ​เริ่ม​ระบบ​สัญญาณ​ฉุกเฉิน</translation>
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
        <translation>ไม่​กำหนด</translation>
    </message>
    <message>
        <source>Answered after at least:</source>
        <translation>รับทราบ​หลังจาก​อย่าง​น้อย:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <source>Alarm drill</source>
        <translation>ซ้อม​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>No alarm</source>
        <translation>ไม่​มี​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>Sign in to reset the alarm.</source>
        <translation>เข้าสู่ระบบ​เพื่อ​รีเซ็ต​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>The alarm service is running.</source>
        <translation>ระบบ​สัญญาณ​ฉุกเฉิน​ทำงาน​อยู่</translation>
    </message>
    <message>
        <source>It stopped and was started again %1 time(s).</source>
        <translation>ระบบ​หยุด​ทำงาน​และ​ถูก​เริ่มใหม่​แล้ว %1 ครั้ง</translation>
    </message>
    <message>
        <source>No drill has been run yet. Test the panic button once a week.</source>
        <translation>ยัง​ไม่​เคย​ซ้อม โปรด​ทดสอบ​ปุ่ม​ฉุกเฉิน​สัปดาห์​ละ​ครั้ง</translation>
    </message>
    <message>
        <source>The last drill was %1 days ago. Test the panic button once a week.</source>
        <translation>ซ้อม​ครั้ง​ล่าสุด​เมื่อ %1 วันก่อน โปรด​ทดสอบ​ปุ่ม​ฉุกเฉิน​สัปดาห์​ละ​ครั้ง</translation>
    </message>
    <message>
        <source>Sign in to see the alarm log.</source>
        <translation>เข้าสู่ระบบ​เพื่อ​ดู​บันทึก​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>Loading the alarm log...</source>
        <translation>กำลัง​โหลด​บันทึก​สัญญาณ​ฉุกเฉิน...</translation>
    </message>
    <message>
        <source>%1 of %2 entries shown.</source>
        <translation>แสดง %1 จาก %2 รายการ</translation>
    </message>
</context>
<context>
    <name>AlarmAuditDetail</name>
    <message>
        <source>reset the alarm</source>
        <translation>รีเซ็ต​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>start a drill</source>
        <translation>เริ่ม​การซ้อม</translation>
    </message>
    <message>
        <source>end the drill</source>
        <translation>สิ้นสุด​การซ้อม</translation>
    </message>
    <message>
        <source>stop the alarm service</source>
        <translation>หยุด​ระบบ​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>reload the alarm settings</source>
        <translation>โหลด​การ​ตั้งค่า​สัญญาณ​ฉุกเฉิน​ใหม่</translation>
    </message>
    <message>
        <source>keep the audit trail&apos;s head</source>
        <translation>เก็บ​รายการ​ล่าสุด​ของ​ประวัติ​การใช้งาน</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>ห้อง: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>ที่มา: %1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>อุปกรณ์: %1</translation>
    </message>
    <message>
        <source>Escalation level %1</source>
        <translation>แจ้ง​เตือน​ขั้น​ที่ %1</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>คำสั่ง: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>เหตุผล: %1</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>การซ้อม</translation>
    </message>
    <message>
        <source>Computer account: %1</source>
        <translation>บัญชี​ผู้ใช้​ของ​คอมพิวเตอร์: %1</translation>
    </message>
</context>
<context>
    <name>AlarmBanner</name>
    <message>
        <source>I&apos;m on my way</source>
        <translation>กำลัง​ไป​ที่​ห้อง</translation>
    </message>
    <message>
        <source>Tell everyone that you are going to the room</source>
        <translation>แจ้ง​ให้​ทุกคน​ทราบ​ว่า​คุณ​กำลัง​ไป​ที่​ห้อง​นั้น</translation>
    </message>
    <message>
        <source>Who is going?</source>
        <translation>ใคร​กำลัง​ไป</translation>
    </message>
</context>
<context>
    <name>AlarmController</name>
    <message>
        <source>The alarm stopped answering.</source>
        <translation>ระบบ​สัญญาณ​ฉุกเฉิน​ไม่​ตอบสนอง</translation>
    </message>
    <message>
        <source>The alarm is not running, so this was not done.</source>
        <translation>ระบบ​สัญญาณ​ฉุกเฉิน​ไม่​ได้​ทำงาน​อยู่ จึง​ไม่​ได้​ดำเนินการ</translation>
    </message>
    <message>
        <source>The alarm service could not be started.</source>
        <translation>เริ่ม​ระบบ​สัญญาณ​ฉุกเฉิน​ไม่​ได้</translation>
    </message>
</context>
<context>
    <name>AlarmLog</name>
    <message>
        <source>Alarm</source>
        <translation>สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>Drill press</source>
        <translation>กดปุ่ม​ระหว่าง​ซ้อม</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>ข้อขัดข้อง</translation>
    </message>
    <message>
        <source>Alarm service</source>
        <translation>ระบบ​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>เริ่ม​ทำงาน</translation>
    </message>
    <message>
        <source>Stopped (room not protected)</source>
        <translation>หยุด​ทำงาน (ปุ่ม​ฉุกเฉิน​ของ​ห้อง​นี้​ใช้งาน​ไม่​ได้)</translation>
    </message>
    <message>
        <source>Real incident</source>
        <translation>เหตุการณ์​จริง</translation>
    </message>
    <message>
        <source>Accidental press</source>
        <translation>กด​โดยไม่ตั้งใจ</translation>
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
        <translation>ที่มา​หรือ​ข้อขัดข้อง</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>อุปกรณ์</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>ผู้​รับทราบ</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>ระยะเวลา​ก่อน​รับทราบ</translation>
    </message>
    <message>
        <source>Reset or cleared</source>
        <translation>รีเซ็ต​หรือ​แก้ไข​แล้ว​เมื่อ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
</context>
<context>
    <name>AlarmNetwork</name>
    <message>
        <source>Connecting to the alarm network...</source>
        <translation>กำลัง​เชื่อมต่อ​กับ​เครือข่าย​สัญญาณ​ฉุกเฉิน...</translation>
    </message>
    <message>
        <source>The alarm network (broker %1) cannot be reached.</source>
        <translation>ติดต่อ​เครือข่าย​สัญญาณ​ฉุกเฉิน (โบรกเกอร์ %1) ไม่​ได้</translation>
    </message>
</context>
<context>
    <name>AlarmSettings</name>
    <message>
        <source>Only an administrator can change the alarm settings.</source>
        <translation>เฉพาะ​ผู้ดูแล​ระบบ​เท่านั้น​ที่​เปลี่ยน​การ​ตั้งค่า​สัญญาณ​ฉุกเฉิน​ได้</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ห้อง</translation>
    </message>
    <message>
        <source>e.g. Counselling room 1 (a place, never a person)</source>
        <translation>เช่น ห้อง​ให้คำปรึกษา 1 (ชื่อ​สถานที่ ห้าม​ใช้​ชื่อ​บุคคล)</translation>
    </message>
    <message>
        <source>Room name:</source>
        <translation>ชื่อ​ห้อง:</translation>
    </message>
    <message>
        <source>Panic buttons and lights</source>
        <translation>ปุ่ม​ฉุกเฉิน​และ​ไฟ​สัญญาณ</translation>
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
        <translation>นำ​ออก</translation>
    </message>
    <message>
        <source>Look for devices</source>
        <translation>ค้นหา​อุปกรณ์</translation>
    </message>
    <message>
        <source>Add this device</source>
        <translation>เพิ่ม​อุปกรณ์​นี้</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>ที่​พบ:</translation>
    </message>
    <message>
        <source>When nobody answers</source>
        <translation>เมื่อ​ไม่​มี​ผู้​รับทราบ</translation>
    </message>
    <message>
        <source> s</source>
        <translation> วินาที</translation>
    </message>
    <message>
        <source>First escalation after:</source>
        <translation>แจ้ง​เตือน​ขั้น​ที่หนึ่ง​หลังจาก:</translation>
    </message>
    <message>
        <source>Second escalation after:</source>
        <translation>แจ้ง​เตือน​ขั้น​ที่สอง​หลังจาก:</translation>
    </message>
    <message>
        <source>Silent: the light outside; the sounder only if nobody answers in time</source>
        <translation>เงียบ: เปิดไฟ​สัญญาณ​หน้า​ห้อง และ​เปิด​เสียง​เฉพาะ​เมื่อ​ไม่​มี​ผู้​รับทราบ​ทันเวลา</translation>
    </message>
    <message>
        <source>Audible: the sounder too, from the first moment</source>
        <translation>มีเสียง: เปิด​เสียง​สัญญาณ​ด้วย​ตั้งแต่​วินาที​แรก</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> มิลลิวินาที</translation>
    </message>
    <message>
        <source>Panic box: hold the button for:</source>
        <translation>กล่อง​ปุ่ม​ฉุกเฉิน: กดปุ่ม​ค้าง​ไว้:</translation>
    </message>
    <message>
        <source>This screen</source>
        <translation>หน้าจอ​นี้</translation>
    </message>
    <message>
        <source>This screen can be seen from the counselling room: show alarms discreetly, never the red alarm banner</source>
        <translation>หน้าจอ​นี้​มองเห็น​ได้​จาก​ใน​ห้อง​ให้คำปรึกษา: แสดง​สัญญาณ​ฉุกเฉิน​อย่าง​ไม่​เปิดเผย ไม่​แสดง​แถบ​แจ้ง​เตือน​สีแดง</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Stop the alarm service...</source>
        <translation>หยุด​ระบบ​สัญญาณ​ฉุกเฉิน...</translation>
    </message>
    <message>
        <source>Start the alarm service</source>
        <translation>เริ่ม​ระบบ​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>This device is already in the list.</source>
        <translation>อุปกรณ์​นี้​มี​อยู่​ใน​รายการ​แล้ว</translation>
    </message>
    <message>
        <source>Looking for devices...</source>
        <translation>กำลัง​ค้นหา​อุปกรณ์...</translation>
    </message>
    <message>
        <source>%1 device(s) found.</source>
        <translation>พบ​อุปกรณ์ %1 เครื่อง</translation>
    </message>
    <message>
        <source>No serial devices were found. Check the cable, or type the device below.</source>
        <translation>ไม่​พบ​อุปกรณ์​พอร์ต​อนุกรม โปรด​ตรวจสอบ​สาย หรือ​พิมพ์​ชื่อ​อุปกรณ์​ด้านล่าง</translation>
    </message>
    <message>
        <source>Type the kind of device before the port, for example &quot;lcus%1&quot;.</source>
        <translation>พิมพ์​ชนิด​อุปกรณ์​ไว้หน้า​พอร์ต เช่น &quot;lcus%1&quot;</translation>
    </message>
    <message>
        <source>The alarm settings could not be written. Nothing was changed.</source>
        <translation>บันทึก​การ​ตั้งค่า​สัญญาณ​ฉุกเฉิน​ไม่​ได้ ไม่​มี​การเปลี่ยนแปลง​ใด ๆ</translation>
    </message>
    <message>
        <source>Saved. The alarm is using the new settings.</source>
        <translation>บันทึก​แล้ว ระบบ​สัญญาณ​ฉุกเฉิน​ใช้การ​ตั้งค่า​ใหม่​แล้ว</translation>
    </message>
    <message>
        <source>Saved. The alarm will use them when it runs again.</source>
        <translation>บันทึก​แล้ว ระบบ​สัญญาณ​ฉุกเฉิน​จะ​ใช้การ​ตั้งค่า​ใหม่​เมื่อ​ทำงาน​ครั้ง​ถัดไป</translation>
    </message>
    <message>
        <source>Stop the alarm?</source>
        <translation>หยุด​ระบบ​สัญญาณ​ฉุกเฉิน​หรือไม่</translation>
    </message>
    <message>
        <source>If you stop the alarm service, the room is NOT protected: presses of the panic button reach nobody on this computer until it runs again. Stop it?</source>
        <translation>หาก​หยุด​ระบบ​สัญญาณ​ฉุกเฉิน ปุ่ม​ฉุกเฉิน​ของ​ห้อง​นี้​จะ &quot;ใช้งาน​ไม่​ได้&quot;: การ​กดปุ่ม​ฉุกเฉิน​จะ​ไม่​ถึง​ผู้ใด​บน​คอมพิวเตอร์​เครื่อง​นี้​จนกว่า​ระบบ​จะ​ทำงาน​อีกครั้ง ต้องการ​หยุด​หรือไม่</translation>
    </message>
    <message>
        <source>The alarm service is stopped. The room is not protected.</source>
        <translation>ระบบ​สัญญาณ​ฉุกเฉิน​หยุด​อยู่ ปุ่ม​ฉุกเฉิน​ของ​ห้อง​นี้​ใช้งาน​ไม่​ได้</translation>
    </message>
</context>
<context>
    <name>AlarmState</name>
    <message>
        <source>The panic button %1 is not connected.</source>
        <translation>ปุ่ม​ฉุกเฉิน %1 ไม่​ได้​เชื่อมต่อ</translation>
    </message>
    <message>
        <source>The wire to the panic button %1 is cut.</source>
        <translation>สาย​ของ​ปุ่ม​ฉุกเฉิน %1 ขาด</translation>
    </message>
    <message>
        <source>The wire to the panic button %1 is shorted.</source>
        <translation>สาย​ของ​ปุ่ม​ฉุกเฉิน %1 ลัดวงจร</translation>
    </message>
    <message>
        <source>The light outside the room (%1) is not working.</source>
        <translation>ไฟ​สัญญาณ​หน้า​ห้อง (%1) ไม่​ทำงาน</translation>
    </message>
    <message>
        <source>The relay of %1 is not working.</source>
        <translation>รีเลย์​ของ %1 ไม่​ทำงาน</translation>
    </message>
    <message>
        <source>The panic box %1 is short of power.</source>
        <translation>กล่อง​ปุ่ม​ฉุกเฉิน %1 ไฟ​เลี้ยง​ไม่​พอ</translation>
    </message>
    <message>
        <source>The panic box %1 no longer gets messages from this computer.</source>
        <translation>กล่อง​ปุ่ม​ฉุกเฉิน %1 ไม่​ได้รับ​ข้อมูล​จาก​คอมพิวเตอร์​เครื่อง​นี้​แล้ว</translation>
    </message>
    <message>
        <source>The alarm board %1 does not answer.</source>
        <translation>แผง​ควบคุม​สัญญาณ %1 ไม่​ตอบสนอง</translation>
    </message>
    <message>
        <source>hidden button</source>
        <translation>ปุ่ม​ฉุกเฉิน​ที่​ติดตั้ง​ซ่อน​ไว้</translation>
    </message>
    <message>
        <source>on-screen control</source>
        <translation>ปุ่ม​บน​หน้าจอ</translation>
    </message>
    <message>
        <source>keyboard shortcut</source>
        <translation>ปุ่ม​ลัด​แป้นพิมพ์</translation>
    </message>
    <message>
        <source>shorted button wire</source>
        <translation>สาย​ปุ่ม​ลัดวงจร</translation>
    </message>
    <message>
        <source>This desk will not receive alarms from other rooms.</source>
        <translation>โต๊ะ​เจ้าหน้าที่​นี้​จะ​ไม่​ได้​รับสัญญาณ​ฉุกเฉิน​จาก​ห้อง​อื่น</translation>
    </message>
    <message>
        <source>Other desks will not see an alarm from this room.</source>
        <translation>โต๊ะ​เจ้าหน้า​ที่อื่น​จะ​ไม่​เห็น​สัญญาณ​ฉุกเฉิน​จาก​ห้อง​นี้</translation>
    </message>
    <message>
        <source>No desk is listening: nobody else will see an alarm from this room.</source>
        <translation>ไม่​มี​โต๊ะ​เจ้าหน้า​ที่ใด​รับฟัง​อยู่ จะ​ไม่​มี​ผู้อื่น​เห็น​สัญญาณ​ฉุกเฉิน​จาก​ห้อง​นี้</translation>
    </message>
</context>
<context>
    <name>AlarmStrip</name>
    <message>
        <source>Alarm status is not available in this window.</source>
        <translation>ไม่​สามารถ​แสดง​สถานะ​สัญญาณ​ฉุกเฉิน​ใน​หน้าต่าง​นี้</translation>
    </message>
</context>
<context>
    <name>AlarmTray</name>
    <message>
        <source>TJ Desk alarm</source>
        <translation>สัญญาณ​ฉุกเฉิน TJ Desk</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Added a user</source>
        <translation>เพิ่ม​ผู้ใช้</translation>
    </message>
    <message>
        <source>Changed a user&apos;s name</source>
        <translation>เปลี่ยน​ชื่อ​ผู้ใช้</translation>
    </message>
    <message>
        <source>Removed a user</source>
        <translation>ลบ​บัญชี​ผู้ใช้</translation>
    </message>
    <message>
        <source>Handed a case over</source>
        <translation>ส่งต่อ​งาน​กรณี</translation>
    </message>
    <message>
        <source>Made the recovery identity</source>
        <translation>สร้าง​ตัวตน​สำหรับ​กู้​คืน</translation>
    </message>
    <message>
        <source>Sealed the case sections</source>
        <translation>ปิดผนึก​ส่วน​ของ​กรณี</translation>
    </message>
    <message>
        <source>Added an administrator with the recovery key</source>
        <translation>เพิ่ม​ผู้ดูแล​ระบบ​ด้วย​กุญแจ​กู้​คืน</translation>
    </message>
    <message>
        <source>Finished a change of the vault key that was cut short</source>
        <translation>ทำการ​เปลี่ยน​กุญแจ​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส​ที่​หยุด​ลง​กลางคัน​ให้​เสร็จ</translation>
    </message>
    <message>
        <source>Confirmed the new recovery key is stored</source>
        <translation>ยืนยัน​ว่า​เก็บ​กุญแจ​กู้​คืน​ใหม่​แล้ว</translation>
    </message>
    <message>
        <source>Alarm raised</source>
        <translation>เกิด​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>Panic button pressed</source>
        <translation>มี​การ​กดปุ่ม​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>Alarm acknowledged</source>
        <translation>รับทราบ​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>Alarm escalated: nobody acknowledged</source>
        <translation>ยกระดับ​การ​แจ้ง​เตือน: ยัง​ไม่​มี​ผู้​รับทราบ</translation>
    </message>
    <message>
        <source>Alarm reset</source>
        <translation>รีเซ็ต​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>Drill started</source>
        <translation>เริ่ม​การซ้อม</translation>
    </message>
    <message>
        <source>Drill ended</source>
        <translation>สิ้นสุด​การซ้อม</translation>
    </message>
    <message>
        <source>Panic button pressed in a drill</source>
        <translation>มี​การ​กดปุ่ม​ฉุกเฉิน​ระหว่าง​การซ้อม</translation>
    </message>
    <message>
        <source>Alarm fault</source>
        <translation>สัญญาณ​ฉุกเฉิน​ขัดข้อง</translation>
    </message>
    <message>
        <source>Alarm fault cleared</source>
        <translation>สัญญาณ​ฉุกเฉิน​กลับมา​ใช้งาน​ได้</translation>
    </message>
    <message>
        <source>Alarm service started</source>
        <translation>เริ่ม​บริการ​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>Alarm service stopped</source>
        <translation>หยุด​บริการ​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>Alarm settings reloaded</source>
        <translation>โหลด​การ​ตั้งค่า​สัญญาณ​ฉุกเฉิน​ใหม่</translation>
    </message>
    <message>
        <source>Signed alarm command</source>
        <translation>คำสั่ง​สัญญาณ​ฉุกเฉิน​ที่​ลงลายมือชื่อ​แล้ว</translation>
    </message>
    <message>
        <source>Alarm command refused</source>
        <translation>ปฏิเสธ​คำสั่ง​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>Alarm events</source>
        <translation>เหตุการณ์​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>Certified staff records</source>
        <translation>ข้อมูล​เจ้าหน้าที่​ที่​ได้รับ​การ​รับรอง</translation>
    </message>
    <message>
        <source>case</source>
        <translation>กรณี</translation>
    </message>
    <message>
        <source>session</source>
        <translation>การ​ให้คำปรึกษา</translation>
    </message>
    <message>
        <source>user</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>การ​เยี่ยมชม</translation>
    </message>
    <message>
        <source>visitor rule sheet</source>
        <translation>เอกสาร​ข้อปฏิบัติ</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>Alarm: %1</source>
        <translation>สัญญาณ​ฉุกเฉิน: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>ข้อมูล​สำรอง</translation>
    </message>
    <message>
        <source>Changed a case section</source>
        <translation>แก้ไข​ส่วนหนึ่ง​ของ​กรณี</translation>
    </message>
    <message>
        <source>Changed a case team</source>
        <translation>เปลี่ยน​ทีม​ของ​กรณี</translation>
    </message>
    <message>
        <source>Changed a user&apos;s role</source>
        <translation>เปลี่ยน​บทบาท​ของ​ผู้ใช้</translation>
    </message>
    <message>
        <source>Changed a visit</source>
        <translation>แก้ไข​การ​เยี่ยมชม</translation>
    </message>
    <message>
        <source>Changed how long visits are kept</source>
        <translation>เปลี่ยน​ระยะเวลา​เก็บ​บันทึก​การ​เยี่ยมชม</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>เปลี่ยน​รหัสผ่าน​ของ​ตนเอง</translation>
    </message>
    <message>
        <source>Recorded a counselling session</source>
        <translation>บันทึก​การ​ให้คำปรึกษา</translation>
    </message>
    <message>
        <source>Changed a counselling session</source>
        <translation>แก้ไข​การ​ให้คำปรึกษา</translation>
    </message>
    <message>
        <source>Changed session notes</source>
        <translation>แก้ไข​บันทึก​การ​ให้คำปรึกษา</translation>
    </message>
    <message>
        <source>Changed the idle-lock time</source>
        <translation>เปลี่ยน​เวลา​ล็อก​หน้าจอ​อัตโนมัติ</translation>
    </message>
    <message>
        <source>Changed the shelter address</source>
        <translation>เปลี่ยน​ที่อยู่​สถาน​คุ้มครอง</translation>
    </message>
    <message>
        <source>Changed the vault key</source>
        <translation>เปลี่ยน​กุญแจ​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส</translation>
    </message>
    <message>
        <source>Exported an audit checkpoint</source>
        <translation>ส่งออก​จุด​ตรวจสอบ​ประวัติ​การใช้งาน</translation>
    </message>
    <message>
        <source>Replaced the vault with a backup</source>
        <translation>แทนที่​ที่เก็บ​ข้อมูล​เข้ารหัส​ด้วย​ข้อมูล​สำรอง</translation>
    </message>
    <message>
        <source>The record of failed sign-ins was removed or edited</source>
        <translation>บันทึก​การ​เข้าสู่ระบบ​ที่​ไม่​สำเร็จ​ถู​กลบ​หรือ​แก้ไข</translation>
    </message>
    <message>
        <source>Pinned the root signing key (signing began)</source>
        <translation>กำหนด​กุญแจ​หลัก​สำหรับ​ลงลายมือชื่อ (เริ่ม​ใช้​ลายมือชื่อ​ดิจิทัล)</translation>
    </message>
    <message>
        <source>Certified the existing users&apos; records</source>
        <translation>รับรอง​ข้อมูล​ของ​ผู้ใช้​ที่​มี​อยู่</translation>
    </message>
    <message>
        <source>Certified a user&apos;s signing key</source>
        <translation>รับรอง​กุญแจ​ลงลายมือชื่อ​ของ​ผู้ใช้</translation>
    </message>
    <message>
        <source>Confirmed the recovery identity with the recovery sheet</source>
        <translation>ยืนยัน​ตัวตน​สำหรับ​กู้​คืน​ด้วย​แผ่น​กู้​คืน</translation>
    </message>
    <message>
        <source>Changes to users</source>
        <translation>การเปลี่ยนแปลง​ผู้ใช้</translation>
    </message>
    <message>
        <source>Checked the audit trail</source>
        <translation>ตรวจสอบ​ประวัติ​การใช้งาน</translation>
    </message>
    <message>
        <source>Created the vault</source>
        <translation>สร้าง​ที่เก็บ​ข้อมูล​เข้ารหัส</translation>
    </message>
    <message>
        <source>Disabled a user</source>
        <translation>ระงับ​ผู้ใช้</translation>
    </message>
    <message>
        <source>Enabled a user</source>
        <translation>เปิด​ใช้​ผู้ใช้​อีกครั้ง</translation>
    </message>
    <message>
        <source>Everything done with cases</source>
        <translation>ทุกอย่าง​ที่​ทำ​กับ​กรณี</translation>
    </message>
    <message>
        <source>Everything done with sessions, locks and unlocks</source>
        <translation>ทุกอย่าง​เกี่ยวกับ​การ​ให้คำปรึกษา การ​ล็อก​และ​ปลดล็อก​หน้าจอ</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>เข้าสู่ระบบ​ไม่​สำเร็จ</translation>
    </message>
    <message>
        <source>Failed sign-ins (not all recorded)</source>
        <translation>เข้าสู่ระบบ​ไม่​สำเร็จ​หลายครั้ง (บันทึก​ไว้​ไม่​ครบ​ทุกครั้ง)</translation>
    </message>
    <message>
        <source>Locked the screen</source>
        <translation>ล็อก​หน้าจอ</translation>
    </message>
    <message>
        <source>Looked at the audit trail</source>
        <translation>ดู​ประวัติ​การใช้งาน</translation>
    </message>
    <message>
        <source>Looks at the audit trail</source>
        <translation>การ​ดู​ประวัติ​การใช้งาน</translation>
    </message>
    <message>
        <source>Made a backup</source>
        <translation>สำรอง​ข้อมูล</translation>
    </message>
    <message>
        <source>Opened a case</source>
        <translation>เปิด​กรณี</translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation>เปิด​ด้วย​กุญแจ​กู้​คืน</translation>
    </message>
    <message>
        <source>Prepared a preliminary report</source>
        <translation>เตรียม​รายงาน​เบื้องต้น</translation>
    </message>
    <message>
        <source>Printed a preliminary report</source>
        <translation>พิมพ์​รายงาน​เบื้องต้น</translation>
    </message>
    <message>
        <source>Printed a visitor sheet</source>
        <translation>พิมพ์​เอกสาร​ข้อปฏิบัติ​สำหรับ​ผู้เยี่ยมชม</translation>
    </message>
    <message>
        <source>Recorded a visit</source>
        <translation>บันทึก​การ​เยี่ยมชม</translation>
    </message>
    <message>
        <source>Removed old visits</source>
        <translation>ลบ​บันทึก​การ​เยี่ยมชม​เก่า</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>ตั้ง​รหัสผ่าน​ใหม่​ให้​ผู้ใช้</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>กู้​คืน​ข้อมูล​สำรอง</translation>
    </message>
    <message>
        <source>Searched cases</source>
        <translation>ค้นหา​กรณี</translation>
    </message>
    <message>
        <source>Session note saved beside another&apos;s</source>
        <translation>บันทึก​การ​ให้คำปรึกษา​ถูก​เก็บ​ไว้​คู่​กับ​ฉบับ​ของ​อีก​คน</translation>
    </message>
    <message>
        <source>Showed a client&apos;s identity</source>
        <translation>เปิด​ดู​ข้อมูล​ระบุ​ตัวตน​ของ​ผู้รับบริการ</translation>
    </message>
    <message>
        <source>Sign-ins, failed ones too</source>
        <translation>การ​เข้าสู่ระบบ รวมถึง​ครั้ง​ที่​ไม่​สำเร็จ</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>The vault and its key</source>
        <translation>ที่เก็บ​ข้อมูล​เข้ารหัส​และ​กุญแจ</translation>
    </message>
    <message>
        <source>Unlocked the screen</source>
        <translation>ปลดล็อก​หน้าจอ</translation>
    </message>
    <message>
        <source>Viewed a case section</source>
        <translation>ดู​ส่วนหนึ่ง​ของ​กรณี</translation>
    </message>
    <message>
        <source>Viewed session notes</source>
        <translation>ดู​บันทึก​การ​ให้คำปรึกษา</translation>
    </message>
    <message>
        <source>Visits and visitor sheets</source>
        <translation>การ​เยี่ยมชม​และ​เอกสาร​ข้อปฏิบัติ​สำหรับ​ผู้เยี่ยมชม</translation>
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
        <translation>ประเภท​ข้อมูล</translation>
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
        <translation>ผู้ใช้​ทุกคน</translation>
    </message>
    <message>
        <source>any action</source>
        <translation>ทุก​การกระทำ</translation>
    </message>
    <message>
        <source>any</source>
        <translation>ไม่​กำหนด</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation>เฉพาะ​ตั้งแต่</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 วัน​ที่ผ่านมา</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>ล้าง​ตัว​กรอง</translation>
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
        <translation>ประเภท​ข้อมูล</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>เลขที่​ข้อมูล</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>ประวัติ​การใช้งาน</translation>
    </message>
    <message>
        <source>Check the audit trail</source>
        <translation>ตรวจสอบ​ประวัติ​การใช้งาน</translation>
    </message>
    <message>
        <source>Export an audit checkpoint…</source>
        <translation>ส่งออก​จุด​ตรวจสอบ​ประวัติ​การใช้งาน…</translation>
    </message>
    <message>
        <source>Print the checkpoint…</source>
        <translation>พิมพ์​จุด​ตรวจสอบ…</translation>
    </message>
    <message>
        <source>Check against an exported checkpoint…</source>
        <translation>ตรวจ​เทียบ​กับ​จุด​ตรวจสอบ​ที่​ส่งออก​ไว้…</translation>
    </message>
    <message>
        <source>Export an audit checkpoint</source>
        <translation>ส่งออก​จุด​ตรวจสอบ​ประวัติ​การใช้งาน</translation>
    </message>
    <message>
        <source>Audit checkpoint (*.json)</source>
        <translation>จุด​ตรวจสอบ​ประวัติ​การใช้งาน (*.json)</translation>
    </message>
    <message>
        <source>Choose an exported audit checkpoint</source>
        <translation>เลือก​จุด​ตรวจสอบ​ประวัติ​การใช้งาน​ที่​ส่งออก​ไว้</translation>
    </message>
    <message>
        <source>Audit checkpoint (*.json);;All files (*)</source>
        <translation>จุด​ตรวจสอบ​ประวัติ​การใช้งาน (*.json);;ทุก​ไฟล์ (*)</translation>
    </message>
    <message>
        <source>Checkpoint written to %1 (entry %2). Keep the file, or a printout, away from this computer. Hash: %3</source>
        <translation>เขียน​จุด​ตรวจสอบ​ไป​ที่ %1 แล้ว (รายการ​ที่ %2) โปรด​เก็บ​ไฟล์​หรือ​เอกสาร​ที่​พิมพ์​ไว้​ให้​ห่าง​จาก​คอมพิวเตอร์​เครื่อง​นี้ แฮช: %3</translation>
    </message>
    <message>
        <source>TJ Desk audit checkpoint</source>
        <translation>จุด​ตรวจสอบ​ประวัติ​การใช้งาน TJ Desk</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>กำลัง​โหลด…</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>เช่น %1</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>ไม่​มี​รายการ​ที่​ตรงกัน</translation>
    </message>
    <message>
        <source>Showing %1 of %2 entries, newest first.</source>
        <translation>แสดง %1 จาก %2 รายการ ล่าสุด​อยู่​บนสุด</translation>
    </message>
    <message>
        <source>Checking every entry…</source>
        <translation>กำลัง​ตรวจสอบ​ทุก​รายการ…</translation>
    </message>
    <message>
        <source>Entry number:</source>
        <translation>รายการ​ที่:</translation>
    </message>
    <message>
        <source>Exported:</source>
        <translation>ส่งออก​เมื่อ:</translation>
    </message>
    <message>
        <source>Keep this sheet away from the computer. If a later check against it fails, the audit trail was rewritten.</source>
        <translation>เก็บ​เอกสาร​นี้​ให้​ห่าง​จาก​คอมพิวเตอร์ หาก​ตรวจ​เทียบ​กับ​เอกสาร​นี้​ภายหลัง​แล้ว​ไม่​ผ่าน แสดงว่า​ประวัติ​การใช้งาน​ถูก​เขียน​ใหม่</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>its content was changed after it was written</source>
        <translation>เนื้อหา​ถูก​เปลี่ยน​หลังจาก​บันทึก​ไว้</translation>
    </message>
    <message>
        <source>it was removed</source>
        <translation>รายการ​นี้​ถู​กลบ​ออก</translation>
    </message>
    <message>
        <source>it does not follow the entry before it (an entry was inserted, or the order changed)</source>
        <translation>รายการ​นี้​ไม่​ต่อ​จาก​รายการ​ก่อนหน้า (มี​การแทรก​รายการ หรือ​ลำดับ​ถูก​เปลี่ยน)</translation>
    </message>
    <message>
        <source>it differs from the exported checkpoint (the trail was rewritten since)</source>
        <translation>รายการ​นี้​ไม่​ตรง​กับ​จุด​ตรวจสอบ​ที่​ส่งออก​ไว้ (ประวัติ​ถูก​เขียน​ใหม่​หลังจากนั้น)</translation>
    </message>
    <message>
        <source>its signature does not match: it, or an entry before it, was changed, removed, inserted or re-ordered after it was signed</source>
        <translation>ลายมือชื่อ​ดิจิทัล​ไม่​ตรงกัน: รายการ​นี้​หรือ​รายการ​ก่อนหน้า​ถูก​เปลี่ยน ลบ แทรก หรือ​สลับ​ลำดับ​หลังจาก​ลงลายมือชื่อ​แล้ว</translation>
    </message>
    <message>
        <source>it is not signed, so nobody vouches for it: it was added outside TJ Desk</source>
        <translation>รายการ​นี้​ไม่​มี​ลายมือชื่อ​ดิจิทัล จึง​ไม่​มี​ผู้ใด​รับรอง: ถูก​เพิ่ม​จาก​ภายนอก TJ Desk</translation>
    </message>
    <message>
        <source>it is signed with a key no administrator certified for that person (a forgery)</source>
        <translation>รายการ​นี้​ลงลายมือชื่อ​ด้วย​กุญแจ​ที่​ไม่​มี​ผู้ดูแล​ระบบ​คนใด​รับรอง​ให้​บุคคล​นั้น (เป็นการ​ปลอมแปลง)</translation>
    </message>
    <message>
        <source>it names one person but was signed by another (a forgery)</source>
        <translation>รายการ​นี้​ระบุชื่อ​บุคคล​หนึ่ง แต่​ลงลายมือชื่อ​โดย​อีก​คน​หนึ่ง (เป็นการ​ปลอมแปลง)</translation>
    </message>
    <message>
        <source>its signer&apos;s new key is not certified yet: an administrator&apos;s next sign-in certifies it</source>
        <translation>กุญแจ​ใหม่​ของ​ผู้​ลงลายมือชื่อ​ยัง​ไม่​ได้รับ​การ​รับรอง: จะ​ได้รับ​การ​รับรอง​เมื่อ​ผู้ดูแล​ระบบ​เข้าสู่ระบบ​ครั้ง​ถัดไป</translation>
    </message>
    <message>
        <source>User %1 (%2): no administrator certified this user; the account cannot sign in.</source>
        <translation>ผู้ใช้ %1 (%2): ไม่​มี​ผู้ดูแล​ระบบ​คนใด​รับรอง​ผู้ใช้​นี้ บัญชี​นี้​จึง​เข้าสู่ระบบ​ไม่​ได้</translation>
    </message>
    <message>
        <source>User %1: the role %2 was not certified by an administrator; the account cannot sign in.</source>
        <translation>ผู้ใช้ %1: บทบาท %2 ไม่​ได้รับ​การ​รับรอง​จาก​ผู้ดูแล​ระบบ บัญชี​นี้​จึง​เข้าสู่ระบบ​ไม่​ได้</translation>
    </message>
    <message>
        <source>User %1 was disabled by an administrator but enabled outside TJ Desk; the account cannot sign in.</source>
        <translation>ผู้ใช้ %1 ถูก​ผู้ดูแล​ระบบ​ระงับ​การใช้งาน แต่​ถูก​เปิด​ใช้​จาก​ภายนอก TJ Desk บัญชี​นี้​จึง​เข้าสู่ระบบ​ไม่​ได้</translation>
    </message>
    <message>
        <source>The record of user %1 (certificate %3) has a signature that does not match: ignored.</source>
        <translation>ข้อมูล​ของ​ผู้ใช้ %1 (ใบรับรอง​ที่ %3) มี​ลายมือชื่อ​ดิจิทัล​ที่​ไม่​ตรงกัน: ไม่​นำมาใช้</translation>
    </message>
    <message>
        <source>The record of user %1 (certificate %3) was signed by someone who is not a certified administrator: ignored.</source>
        <translation>ข้อมูล​ของ​ผู้ใช้ %1 (ใบรับรอง​ที่ %3) ลงลายมือชื่อ​โดย​ผู้​ที่​ไม่​ใช่​ผู้ดูแล​ระบบ​ที่​ได้รับ​การ​รับรอง: ไม่​นำมาใช้</translation>
    </message>
    <message>
        <source>Certificate %3 (user %1) cannot be read: ignored.</source>
        <translation>อ่าน​ใบรับรอง​ที่ %3 (ผู้ใช้ %1) ไม่​ได้: ไม่​นำมาใช้</translation>
    </message>
    <message>
        <source>A root key pinned by %1 cannot be read.</source>
        <translation>อ่าน​กุญแจ​หลัก​ที่ %1 กำหนด​ไว้​ไม่​ได้</translation>
    </message>
    <message>
        <source>The vault&apos;s recovery identity was not certified by an administrator (it was put in or changed outside TJ Desk): nothing is sealed to it, and saving sealed parts of a case is refused until an administrator puts it right.</source>
        <translation>ตัวตน​สำหรับ​กู้​คืน​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส​ไม่​ได้รับ​การ​รับรอง​จาก​ผู้ดูแล​ระบบ (ถูก​ใส่​หรือ​เปลี่ยน​จาก​ภายนอก TJ Desk): จะ​ไม่​มี​สิ่งใด​ถูก​ปิดผนึก​ให้​ตัวตน​นี้ และ​จะ​ไม่​รับ​การ​บันทึก​ส่วน​ที่​ปิดผนึก​ของ​กรณี จนกว่า​ผู้ดูแล​ระบบ​จะ​แก้ไข​ให้​ถูกต้อง</translation>
    </message>
    <message>
        <source>The vault&apos;s recovery identity was changed outside TJ Desk: it is not the one an administrator certified. Nothing is sealed to it; saving sealed parts of a case is refused until an administrator puts it right.</source>
        <translation>ตัวตน​สำหรับ​กู้​คืน​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส​ถูก​เปลี่ยน​จาก​ภายนอก TJ Desk: ไม่​ใช่​ตัวตน​ที่​ผู้ดูแล​ระบบ​รับรอง​ไว้ จะ​ไม่​มี​สิ่งใด​ถูก​ปิดผนึก​ให้​ตัวตน​นี้ และ​จะ​ไม่​รับ​การ​บันทึก​ส่วน​ที่​ปิดผนึก​ของ​กรณี จนกว่า​ผู้ดูแล​ระบบ​จะ​แก้ไข​ให้​ถูกต้อง</translation>
    </message>
    <message>
        <source>The team or the sealing keys of case %1 were changed outside TJ Desk (not as its signed team records say): nothing is sealed to the change, and saving sealed parts of the case is refused until a backup is restored.</source>
        <translation>ทีม​หรือ​กุญแจ​ปิดผนึก​ของ​กรณี %1 ถูก​เปลี่ยน​จาก​ภายนอก TJ Desk (ไม่​ตรง​กับ​บันทึก​ทีม​ที่​ลงนาม​ไว้) จะ​ไม่​มี​สิ่งใด​ถูก​ปิดผนึก​ตาม​การเปลี่ยนแปลง​นี้ และ​จะ​ไม่​รับ​การ​บันทึก​ส่วน​ที่​ปิดผนึก​ของ​กรณี​นี้ จนกว่า​จะ​กู้​คืน​จาก​ข้อมูล​สำรอง</translation>
    </message>
    <message>
        <source>at set-up</source>
        <translation>เมื่อ​ตั้งค่า​ครั้งแรก</translation>
    </message>
    <message>
        <source>when signing began in this vault</source>
        <translation>เมื่อ​เริ่ม​ใช้​ลายมือชื่อ​ดิจิทัล​ใน​ที่เก็บ​ข้อมูล​เข้ารหัส​นี้</translation>
    </message>
    <message>
        <source>with the recovery key</source>
        <translation>ด้วย​กุญแจ​กู้​คืน</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>รายการ​ที่ %1</translation>
    </message>
    <message>
        <source>entry %1 (%2, action %3 by %4, signed by %5)</source>
        <translation>รายการ​ที่ %1 (%2 การกระทำ %3 โดย %4 ลงลายมือชื่อ​โดย %5)</translation>
    </message>
    <message>
        <source>The audit trail is intact (%1 entries checked).</source>
        <translation>ประวัติ​การใช้งาน​สมบูรณ์ (ตรวจสอบ​แล้ว %1 รายการ)</translation>
    </message>
    <message>
        <source>The audit trail has been tampered with. The first bad entry is %1: %2.</source>
        <translation>ประวัติ​การใช้งาน​ถูก​แก้ไข​โดยมิชอบ รายการ​แรก​ที่​ผิดปกติ​คือ%1: %2</translation>
    </message>
    <message>
        <source>The entries hold together, but the vault was changed outside TJ Desk:</source>
        <translation>รายการ​ต่าง ๆ ยัง​ต่อเนื่อง​กัน แต่​ที่เก็บ​ข้อมูล​เข้ารหัส​ถูก​เปลี่ยน​จาก​ภายนอก TJ Desk:</translation>
    </message>
    <message>
        <source>The vault&apos;s structure was changed outside TJ Desk: %1.</source>
        <translation>โครงสร้าง​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส​ถูก​เปลี่ยน​จาก​ภายนอก TJ Desk: %1</translation>
    </message>
    <message>
        <source>Entries 1 to %1 were made before signing; entry %2, the first signed one, seals them: their chain is checked, their authors are not.</source>
        <translation>รายการ​ที่ 1 ถึง %1 บันทึก​ก่อน​เริ่ม​ใช้​ลายมือชื่อ​ดิจิทัล รายการ​ที่ %2 ซึ่ง​เป็น​รายการ​แรก​ที่​ลงลายมือชื่อ ปิดผนึก​รายการ​เหล่านั้น​ไว้: ตรวจสอบ​ความต่อเนื่อง​ได้ แต่​ตรวจสอบ​ผู้บันทึก​ไม่​ได้</translation>
    </message>
    <message>
        <source>Signing has not begun in this vault: it starts at an administrator&apos;s next sign-in. Until then only the chain is checked.</source>
        <translation>ที่เก็บ​ข้อมูล​เข้ารหัส​นี้​ยัง​ไม่​เริ่ม​ใช้​ลายมือชื่อ​ดิจิทัล จะ​เริ่ม​เมื่อ​ผู้ดูแล​ระบบ​เข้าสู่ระบบ​ครั้ง​ถัดไป ระหว่าง​นี้​ตรวจสอบ​ได้​เฉพาะ​ความต่อเนื่อง​ของ​รายการ</translation>
    </message>
    <message>
        <source>%1 entries were made while nobody was signed in (recovery key or restore).</source>
        <translation>มี %1 รายการ​ที่​บันทึก​ขณะ​ไม่​มี​ผู้ใด​เข้าสู่ระบบ (ใช้​กุญแจ​กู้​คืน​หรือ​กู้​คืน​ข้อมูล​สำรอง)</translation>
    </message>
    <message>
        <source>Root key %1, pinned by %2 %3 (%4): compare with your recovery sheet.</source>
        <translation>กุญแจ​หลัก %1 กำหนด​โดย %2 %3 (%4): โปรด​เทียบ​กับ​เอกสาร​กุญแจ​กู้​คืน​ของ​ท่าน</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Back up now…</source>
        <translation>สำรอง​ข้อมูล​ตอนนี้…</translation>
    </message>
    <message>
        <source>A backup is one encrypted file holding every record and the key slots as they are today: each user&apos;s password of today opens it, and so does the recovery key. Keep it on a USB stick or disk stored away from this computer. Back up at least once a week.</source>
        <translation>ข้อมูล​สำรอง​คือ​ไฟล์​เข้ารหัส​ไฟล์​เดียว​ที่​มี​บันทึก​ทุก​ฉบับ​และ​ที่เก็บ​กุญแจ​ของ​ผู้ใช้ ณ วันนี้ รหัสผ่าน​ของ​ผู้ใช้​แต่ละ​คนใน​วันนี้​เปิด​ได้ และ​กุญแจ​กู้​คืน​ก็​เปิด​ได้ โปรด​เก็บ​ไว้​ใน​แฟลช​ไดรฟ์​หรือ​ดิสก์​ที่เก็บ​แยกจาก​คอมพิวเตอร์​เครื่อง​นี้ สำรอง​ข้อมูล​อย่าง​น้อย​สัปดาห์​ละ​ครั้ง</translation>
    </message>
    <message>
        <source>Restoring a backup unpacks it into a new folder and checks it first; only then, if you choose, does it take the current vault&apos;s place (everyone is signed out), and the current vault is kept beside it, never overwritten. The command line does the same: tjdesk restore BACKUP-FILE --into NEW-FOLDER.</source>
        <translation>การกู้​คืน​ข้อมูล​สำรอง​จะ​แตก​ไฟล์​ลง​ใน​โฟลเดอร์​ใหม่​และ​ตรวจสอบ​ก่อน​เสมอ จากนั้น​หาก​คุณ​เลือก ข้อมูล​ที่​กู้​คืน​จึง​จะ​แทนที่​ที่เก็บ​ข้อมูล​เข้ารหัส​ปัจจุบัน (ทุกคน​จะ​ถูก​ออกจาก​ระบบ) และ​ที่เก็บ​ข้อมูล​ปัจจุบัน​จะ​ถูก​เก็บ​ไว้​ข้าง ๆ ไม่​ถูก​เขียน​ทับ บรรทัด​คำสั่ง​ก็​ทำ​เช่นเดียวกัน: tjdesk restore BACKUP-FILE --into NEW-FOLDER</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>กู้​คืน​ข้อมูล​สำรอง…</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>ยัง​ไม่​เคย​สำรอง​ข้อมูล</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>สำรอง​ข้อมูล​ครั้ง​ล่าสุด: %1</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>บันทึก​ข้อมูล​สำรอง</translation>
    </message>
    <message>
        <source>TJ Desk backups (*.tjbackup)</source>
        <translation>ข้อมูล​สำรอง TJ Desk (*.tjbackup)</translation>
    </message>
    <message>
        <source>Backing up… You can keep working meanwhile.</source>
        <translation>กำลังสำรอง​ข้อมูล… ทำงาน​อื่น​ต่อไป​ได้</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>เขียน​และ​ตรวจสอบ​ข้อมูล​สำรอง​แล้ว: %1</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>Back up now…</source>
        <translation>สำรอง​ข้อมูล​ตอนนี้…</translation>
    </message>
    <message>
        <source>No backup of the vault has been made yet. Make one now, to a USB stick.</source>
        <translation>ยัง​ไม่​เคย​สำรอง​ข้อมูล​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส โปรด​สำรอง​ลง​แฟลช​ไดรฟ์​ตอนนี้</translation>
    </message>
    <message>
        <source>The last backup is %1 days old. Make a new one, to a USB stick.</source>
        <translation>ข้อมูล​สำรอง​ครั้ง​ล่าสุด​เก่า %1 วัน​แล้ว โปรด​สำรอง​ใหม่​ลง​แฟลช​ไดรฟ์</translation>
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
        <translation>ความรุนแรง​ใน​ครอบครัว</translation>
    </message>
    <message>
        <source>Child abuse</source>
        <translation>การ​ทารุณกรรม​เด็ก</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด​อยู่</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>ส่งต่อ​แล้ว</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิด​แล้ว</translation>
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
        <translation>ภาษา​อื่น</translation>
    </message>
    <message>
        <source>Cambodian</source>
        <translation>กัมพูชา</translation>
    </message>
    <message>
        <source>Other nationality</source>
        <translation>สัญชาติ​อื่น</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>ไม่​ทราบ</translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation>โทร​สายด่วน</translation>
    </message>
    <message>
        <source>In person (counselling room)</source>
        <translation>พบ​ตัว (ห้อง​ให้คำปรึกษา)</translation>
    </message>
    <message>
        <source>Shelter follow-up</source>
        <translation>ติดตาม​ผล​ใน​สถาน​คุ้มครอง</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>เยี่ยม​บ้าน</translation>
    </message>
    <message>
        <source>Hospital visit</source>
        <translation>เยี่ยม​ที่​โรงพยาบาล</translation>
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
        <translation>กอง​บังคับการ​ปราบปราม​การค้ามนุษย์</translation>
    </message>
    <message>
        <source>DSI</source>
        <translation>กรม​สอบสวน​คดี​พิเศษ (DSI)</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>สถาน​คุ้มครอง</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>องค์กร​พัฒนา​เอกชน (NGO)</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>สถานเอกอัครราชทูต</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>โรงพยาบาล</translation>
    </message>
    <message>
        <source>Other referral</source>
        <translation>การ​ส่งต่อ​อื่น</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>ศาล</translation>
    </message>
    <message>
        <source>Other agency</source>
        <translation>หน่วยงาน​อื่น</translation>
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
        <translation>กรณี​ใหม่</translation>
    </message>
    <message>
        <source>(given when saved)</source>
        <translation>(ระบบ​กำหนดให้​เมื่อ​บันทึก)</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>ต้อง​ใช้​ล่าม</translation>
    </message>
    <message>
        <source>What happens next (shown on the report)</source>
        <translation>สิ่ง​ที่จะ​ทำ​ต่อไป (แสดง​ใน​รายงาน)</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>รหัส​กรณี</translation>
    </message>
    <message>
        <source>&amp;Type of case</source>
        <translation>ประเภท​กรณี (&amp;T)</translation>
    </message>
    <message>
        <source>Optional: a made-up name, never the real name or the real nickname</source>
        <translation>ไม่​บังคับ: ชื่อ​สมมติ​ที่​ไม่​ใช่​ชื่อจริง​และ​ระบุ​ตัว​บุคคล​ไม่​ได้</translation>
    </message>
    <message>
        <source>&amp;Alias</source>
        <translation>นามแฝง (&amp;A)</translation>
    </message>
    <message>
        <source>Nationalit&amp;y</source>
        <translation>สัญชาติ (&amp;Y)</translation>
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
        <translation>เปิด​กรณี​เมื่อ (&amp;O)</translation>
    </message>
    <message>
        <source>Next ste&amp;p</source>
        <translation>ขั้นตอน​ต่อไป (&amp;P)</translation>
    </message>
    <message>
        <source>Consent to share the outline with</source>
        <translation>ยิน​ยอมให้​เปิดเผย​ข้อมูล​โดยสรุป​แก่</translation>
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
        <translation>อยู่​ใน​ทีม</translation>
    </message>
    <message>
        <source>Assigned case worker</source>
        <translation>ผู้รับผิดชอบ​กรณี</translation>
    </message>
    <message>
        <source>Case team</source>
        <translation>ทีม​ดูแล​กรณี</translation>
    </message>
    <message>
        <source>Identity (hidden)</source>
        <translation>ข้อมูล​ระบุ​ตัวตน (ซ่อน​อยู่)</translation>
    </message>
    <message>
        <source>S&amp;how identity</source>
        <translation>แสดง​ข้อมูล​ระบุ​ตัวตน (&amp;H)</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>ชื่อจริง</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ข้อมูล​ติดต่อ</translation>
    </message>
    <message>
        <source>Current location</source>
        <translation>ที่อยู่​ปัจจุบัน</translation>
    </message>
    <message>
        <source>Hand o&amp;ver…</source>
        <translation>ส่งต่อ​งาน… (&amp;V)</translation>
    </message>
    <message>
        <source>Identity (only you, as the case worker)</source>
        <translation>ข้อมูล​ระบุ​ตัวตน (เห็น​ได้​เฉพาะ​คุณ​ใน​ฐานะ​ผู้รับผิดชอบ​กรณี)</translation>
    </message>
    <message>
        <source>Your unsaved draft was restored.</source>
        <translation>กู้​คืน​ฉบับร่าง​ที่​ยัง​ไม่​ได้​บันทึก​แล้ว</translation>
    </message>
    <message>
        <source>The identity you typed is kept too: click Show identity to see it.</source>
        <translation>ข้อมูล​ระบุ​ตัวตน​ที่​คุณ​พิมพ์​ไว้​ก็​เก็บ​ไว้​ด้วย กด“แสดง​ข้อมูล​ระบุ​ตัวตน”เพื่อ​ดู</translation>
    </message>
    <message>
        <source>%1: handed over to you on %2 by %3 (asked by %4).</source>
        <translation>%1: ส่ง​ต่อให้​ท่าน​เมื่อ %2 โดย %3 (ผู้​ขอ: %4)</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>ข้อมูล​ระบุ​ตัวตน</translation>
    </message>
</context>
<context>
    <name>CasesArea</name>
    <message>
        <source>safety concern</source>
        <translation>ข้อ​กังวล​ด้าน​ความปลอดภัย</translation>
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
        <translation>ช่องทาง​ติดต่อ</translation>
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
        <translation>ติดตาม​ผล</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>นามแฝง</translation>
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
        <translation>เปิด​เมื่อ</translation>
    </message>
    <message>
        <source>Latest session</source>
        <translation>ให้คำปรึกษา​ครั้ง​ล่าสุด</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>ความเสี่ยง​สูง</translation>
    </message>
    <message>
        <source>Search in: %1</source>
        <translation>ค้นหา​ใน: %1</translation>
    </message>
    <message>
        <source>You may not read any notes</source>
        <translation>คุณ​ไม่​มีสิทธิ์​อ่าน​บันทึก​ใด ๆ</translation>
    </message>
    <message>
        <source>&amp;My cases</source>
        <translation>กรณี​ที่​รับผิดชอบ (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation>ถึงกำหนด​ติดตาม​ผล (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;High risk</source>
        <translation>ความเสี่ยง​สูง (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>ช่วง​วันที่ (&amp;D)</translation>
    </message>
    <message>
        <source>Any contact</source>
        <translation>ทุก​ช่อง​ทางการ​ติดต่อ</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>กรณี​ใหม่</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>บันทึก​การ​ให้คำปรึกษา​ใหม่</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Preliminary report...</source>
        <translation>รายงาน​เบื้องต้น...</translation>
    </message>
    <message>
        <source>Report as PDF...</source>
        <translation>รายงาน​เป็น PDF...</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>การ​ให้คำปรึกษา</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>กรณี</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>การ​ให้คำปรึกษา (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>กรณี (&amp;C)</translation>
    </message>
    <message>
        <source>Open them</source>
        <translation>เปิด​แบบฟอร์ม​เหล่านี้</translation>
    </message>
    <message>
        <source>Search is getting ready: %1 of %2 case sections read. A search now finds what has been read so far.</source>
        <translation>กำลัง​เตรียมการ​ค้นหา: อ่าน​แล้ว %1 จาก %2 ส่วน​ของ​กรณี การ​ค้นหา​ขณะนี้​จะ​พบ​เฉพาะ​ส่วน​ที่​อ่าน​แล้ว</translation>
    </message>
    <message numerus="yes">
        <source>Your unsaved notes were kept (%n form(s)). Open them to finish and save; Cancel in a form discards its notes.</source>
        <translation>
            <numerusform>ระบบ​เก็บ​บันทึก​ที่​คุณ​ยัง​ไม่​ได้​บันทึก​ไว้​ให้​แล้ว (%n แบบฟอร์ม) เปิด​เพื่อ​กรอก​ให้​เสร็จ​แล้ว​บันทึก หาก​กด​ยกเลิก​ใน​แบบฟอร์ม​ใด บันทึก​ใน​แบบฟอร์ม​นั้น​จะ​ถูก​ทิ้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n shown; scroll for more</source>
        <translation>
            <numerusform>แสดง %n รายการ​แรก เลื่อน​ลง​เพื่อ​ดู​เพิ่ม</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>การ​ให้คำปรึกษา %n ครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n กรณี</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 was opened and saved.</source>
        <translation>เปิด​และ​บันทึก​กรณี %1 แล้ว</translation>
    </message>
    <message>
        <source>Case %1 was saved.</source>
        <translation>บันทึก​กรณี %1 แล้ว</translation>
    </message>
    <message>
        <source>Choose a case or a session first.</source>
        <translation>โปรด​เลือก​กรณี​หรือ​การ​ให้คำปรึกษา​ก่อน</translation>
    </message>
    <message>
        <source>Save the preliminary report</source>
        <translation>บันทึก​รายงาน​เบื้องต้น</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>ข้อมูล​โดยสรุป</translation>
    </message>
    <message>
        <source>Social-work notes</source>
        <translation>บันทึก​งานสังคมสงเคราะห์</translation>
    </message>
    <message>
        <source>Health notes</source>
        <translation>บันทึก​ด้าน​สุขภาพ</translation>
    </message>
    <message>
        <source>Legal notes</source>
        <translation>บันทึก​ด้าน​กฎหมาย</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>ข้อมูล​ระบุ​ตัวตน</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was saved. Please try again.</source>
        <translation>เกิด​ข้อผิดพลาด ยัง​ไม่​ได้​บันทึก​สิ่งใด โปรด​ลอง​อีกครั้ง</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>รหัส​กรณี</translation>
    </message>
    <message>
        <source>Type of case</source>
        <translation>ประเภท​กรณี</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>เปิด​กรณี​เมื่อ</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>ปิด​กรณี​เมื่อ</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>ให้คำปรึกษา​ครั้งแรก</translation>
    </message>
    <message>
        <source>Kinds of contact</source>
        <translation>ช่อง​ทางการ​ติดต่อ</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>การ​ส่งต่อ​ที่​ดำเนินการ​แล้ว</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>นัด​ติดตาม​ผล​ครั้ง​ถัดไป</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>ขั้นตอน​ต่อไป</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2</source>
        <translation>จัดทำ​โดย %1 เมื่อ %2</translation>
    </message>
    <message>
        <source>Preliminary report</source>
        <translation>รายงาน​เบื้องต้น</translation>
    </message>
    <message>
        <source>Outline only. Confidential: do not copy or pass on.</source>
        <translation>ข้อมูล​โดยสรุป​เท่านั้น ลับ: ห้าม​ทำสำเนา​หรือ​ส่งต่อ</translation>
    </message>
    <message>
        <source>This report holds no name, contact details, location, session notes, health or legal information.</source>
        <translation>รายงาน​นี้​ไม่​มีชื่อ ข้อมูล​ติดต่อ ที่อยู่ บันทึก​การ​ให้คำปรึกษา ข้อมูล​สุขภาพ หรือ​ข้อมูล​ทางกฎหมาย</translation>
    </message>
</context>
<context>
    <name>ChoosePasswordPanel</name>
    <message>
        <source>You signed in with a one-time password. Choose your own now; only you will know it.</source>
        <translation>คุณ​เข้าสู่ระบบ​ด้วย​รหัสผ่าน​ใช้​ครั้ง​เดียว โปรด​ตั้ง​รหัสผ่าน​ของ​คุณ​เอง​ตอนนี้ ซึ่ง​จะ​มี​เพียง​คุณ​ที่​รู้</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>รหัสผ่าน​ใหม่</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>ยืนยัน​รหัสผ่าน​ใหม่</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>บันทึก​และ​ดำเนินการ​ต่อ</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>รหัสผ่าน​ทั้งสอง​ช่อง​ไม่​ตรงกัน</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>รหัสผ่าน​ปลอดภัย​เพียงพอ</translation>
    </message>
</context>
<context>
    <name>CredentialsForm</name>
    <message>
        <source>The vault could not be opened because of an unexpected error.</source>
        <translation>เปิด​ที่เก็บ​ข้อมูล​เข้ารหัส​ไม่​ได้ เนื่องจาก​เกิด​ข้อผิดพลาด​ที่​ไม่​คาดคิด</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ชื่อ​ผู้ใช้</translation>
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
        <translation>โปรด​พิมพ์​ชื่อ​ผู้ใช้</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>โปรด​พิมพ์​รหัสผ่าน</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
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
        <translation>รายงาน​สถานะ​ล่าสุด</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ไฟ​สัญญาณ</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>พอร์ต</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>สิ่ง​ที่​ควร​ตรวจสอบ</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>ไม่​ได้​เชื่อมต่อ</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>ทำงาน​ปกติ</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ไม่​เคย</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 วินาที​ที่แล้ว</translation>
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
        <translation>กะพริบ (สัญญาณ​จริง)</translation>
    </message>
    <message>
        <source>drill flash</source>
        <translation>กะพริบ (ซ้อม)</translation>
    </message>
    <message>
        <source>(as commanded; this board cannot confirm)</source>
        <translation>(ตามที่​สั่ง แผง​นี้​ยืนยัน​สถานะ​ไม่​ได้)</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <source>Change how %1 is named, or their role. Their sign-in name stays the same; a new role decides what they may open from their next sign-in.</source>
        <translation>เปลี่ยน​ชื่อ​ที่​แสดง​ของ %1 หรือ​บทบาท ชื่อ​สำหรับ​เข้าสู่ระบบ​ยัง​คงเดิม บทบาท​ใหม่​จะ​กำหนด​สิ่ง​ที่​เปิด​ดู​ได้​ตั้งแต่​การ​เข้าสู่ระบบ​ครั้ง​ถัดไป</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Store the recovery key and tick the box before closing.</source>
        <translation>โปรด​เก็บ​กุญแจ​กู้​คืน​ไว้​ให้​ดี​และ​ทำเครื่องหมาย​ใน​ช่อง​ก่อน​ปิด</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over a case</source>
        <translation>ส่งต่อ​กรณี</translation>
    </message>
    <message>
        <source>When everyone who could read part of a case has left, hand it over: its sealed parts are opened for today&apos;s case team and the new case worker. Name who asked for the handover and who approved it; both are recorded.</source>
        <translation>เมื่อ​ผู้​ที่​อ่าน​ส่วน​ใด​ของ​กรณี​ได้​ออก​ไป​หมด​แล้ว ให้​ส่งต่อ​กรณี ส่วน​ที่​ปิดผนึก​จะ​เปิด​ให้​ทีม​ดูแล​กรณี​ปัจจุบัน​และ​ผู้รับผิดชอบ​กรณี​คน​ใหม่ โปรด​ระบุ​ผู้​ขอ​ส่งต่อ​และ​ผู้อนุมัติ ระบบ​จะ​บันทึก​ไว้​ทั้งสอง​คน</translation>
    </message>
    <message>
        <source>Case code, e.g. C-2026-0042</source>
        <translation>รหัส​กรณี เช่น C-2026-0042</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>โหลด​จาก​ไฟล์…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>กรณี (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New case worker</source>
        <translation>ผู้รับผิดชอบ​กรณี​คน​ใหม่ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Asked by</source>
        <translation>ผู้​ขอ (&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;pproved by</source>
        <translation>ผู้อนุมัติ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Recovery identity</source>
        <translation>ตัวตน​สำหรับ​กู้​คืน (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>ส่งต่อ (&amp;H)</translation>
    </message>
    <message>
        <source>(keep today&apos;s case workers)</source>
        <translation>(คง​ผู้รับผิดชอบ​กรณี​ปัจจุบัน)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(โปรด​เลือก)</translation>
    </message>
    <message>
        <source>Load the recovery identity</source>
        <translation>โหลด​ตัวตน​สำหรับ​กู้​คืน</translation>
    </message>
    <message>
        <source>That file holds no recovery identity (a line AGE-SECRET-KEY-1…).</source>
        <translation>ไฟล์​นั้น​ไม่​มี​ตัวตน​สำหรับ​กู้​คืน (บรรทัด​ที่​ขึ้นต้น​ด้วย AGE-SECRET-KEY-1…)</translation>
    </message>
    <message>
        <source>Recovery identity loaded.</source>
        <translation>โหลด​ตัวตน​สำหรับ​กู้​คืน​แล้ว</translation>
    </message>
    <message>
        <source>Choose who asked and who approved.</source>
        <translation>โปรด​เลือก​ผู้​ขอ​และ​ผู้อนุมัติ</translation>
    </message>
    <message>
        <source>Handed over: %1.</source>
        <translation>ส่งต่อ​แล้ว: %1</translation>
    </message>
    <message>
        <source>Nothing was handed over: these parts already open for today&apos;s team.</source>
        <translation>ไม่​มี​สิ่งใด​ต้อง​ส่งต่อ: ส่วน​เหล่านี้​เปิด​ให้​ทีม​ปัจจุบัน​ได้​อยู่แล้ว</translation>
    </message>
</context>
<context>
    <name>KeyPanel</name>
    <message>
        <source>Change the vault key if the recovery key, or a copy of it, may have been seen by someone who should not have it. Everyone keeps their password. TJ Desk closes the vault for a moment, re-encrypts every record under a new key and checks the result; then it shows the new recovery key once, to print and store. The old recovery key stops working. TJ Desk must be closed on every other computer or window that opens this vault.</source>
        <translation>เปลี่ยน​กุญแจ​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส หาก​กุญแจ​กู้​คืน​หรือ​สำเนา​ของ​กุญแจ​อาจ​ถูก​ผู้​ที่​ไม่​ควร​เห็น​ได้​เห็น ทุกคน​ยัง​ใช้​รหัสผ่าน​เดิม​ได้ TJ Desk จะ​ปิด​ที่เก็บ​ข้อมูล​ชั่วครู่ เข้ารหัส​บันทึก​ทุก​ฉบับ​ใหม่​ด้วย​กุญแจ​ใหม่​และ​ตรวจสอบ​ผล แล้ว​แสดง​กุญแจ​กู้​คืน​ใหม่​เพียง​ครั้ง​เดียว​ให้​พิมพ์​และ​เก็บรักษา กุญแจ​กู้​คืน​เดิม​จะ​ใช้ไม่ได้​อีก ต้อง​ปิด TJ Desk บน​คอมพิวเตอร์​หรือ​หน้าต่าง​อื่น​ทุก​เครื่อง​ที่​เปิด​ที่เก็บ​ข้อมูล​นี้​อยู่</translation>
    </message>
    <message>
        <source>Change the vault key…</source>
        <translation>เปลี่ยน​กุญแจ​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส…</translation>
    </message>
    <message>
        <source>The key was changed, but the new recovery key was never shown (the screen locked, or the computer stopped, before it could be). Change the key again to get one.</source>
        <translation>กุญแจ​ถูก​เปลี่ยน​แล้ว แต่​ยัง​ไม่​เคย​แสดง​กุญแจ​กู้​คืน​ใหม่ (หน้าจอ​ล็อก หรือ​คอมพิวเตอร์​หยุด​ทำงาน ก่อนที่จะ​แสดง​ได้) โปรด​เปลี่ยน​กุญแจ​อีกครั้ง​เพื่อ​รับ​กุญแจ​กู้​คืน​ใหม่</translation>
    </message>
    <message>
        <source>Change the vault key now? The vault closes for a moment (up to a minute on a large vault); have a printer or a safe place ready for the new recovery key.</source>
        <translation>เปลี่ยน​กุญแจ​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส​ตอนนี้​หรือไม่ ที่เก็บ​ข้อมูล​จะ​ปิด​ชั่วครู่ (อาจ​ถึง​หนึ่ง​นาที​หาก​ข้อมูล​มาก) โปรด​เตรียม​เครื่องพิมพ์​หรือ​ที่​ปลอดภัย​สำหรับ​กุญแจ​กู้​คืน​ใหม่</translation>
    </message>
    <message>
        <source>Changing the key… Please wait.</source>
        <translation>กำลัง​เปลี่ยน​กุญแจ… โปรด​รอ​สักครู่</translation>
    </message>
    <message>
        <source>The vault key was changed. Store the new recovery key now.</source>
        <translation>เปลี่ยน​กุญแจ​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส​แล้ว โปรด​เก็บ​กุญแจ​กู้​คืน​ใหม่​ตอนนี้</translation>
    </message>
    <message>
        <source>The change of the vault&apos;s key may not have finished. Sign in again before doing anything else: signing in finishes it and says what to do next.</source>
        <translation>การ​เปลี่ยน​กุญแจ​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส​อาจ​ยัง​ไม่​เสร็จ โปรด​เข้าสู่ระบบ​ใหม่​ก่อน​ทำ​สิ่ง​อื่น การ​เข้าสู่ระบบ​จะ​ทำ​ให้การ​เปลี่ยน​นี้​เสร็จ และ​บอกว่า​ต้อง​ทำ​อะไร​ต่อ</translation>
    </message>
</context>
<context>
    <name>KeyReminder</name>
    <message>
        <source>The vault&apos;s key was changed, but the new recovery key was never shown, so there is no recovery key that works. Change the key again and store the new one.</source>
        <translation>กุญแจ​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส​ถูก​เปลี่ยน​แล้ว แต่​ยัง​ไม่​เคย​แสดง​กุญแจ​กู้​คืน​ใหม่ จึง​ไม่​มี​กุญแจ​กู้​คืน​ที่​ใช้ได้ โปรด​เปลี่ยน​กุญแจ​อีกครั้ง​และ​เก็บ​กุญแจ​ใหม่​ไว้</translation>
    </message>
    <message>
        <source>Change the vault key…</source>
        <translation>เปลี่ยน​กุญแจ​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส…</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to TJ Desk</source>
        <translation>ยินดีต้อนรับ​สู่ TJ Desk</translation>
    </message>
    <message>
        <source>TJ Desk keeps counselling records encrypted on this computer, runs the panic alarm, and prints visitor briefings. This short set-up creates the encrypted vault. First, choose the language of the app.</source>
        <translation>TJ Desk เก็บ​บันทึก​การ​ให้คำปรึกษา​แบบ​เข้ารหัส​ไว้​ใน​คอมพิวเตอร์​เครื่อง​นี้ ควบคุม​สัญญาณ​ฉุกเฉิน และ​พิมพ์​เอกสาร​ข้อปฏิบัติ​สำหรับ​ผู้เยี่ยมชม การ​ตั้งค่า​สั้น ๆ นี้​จะ​สร้าง​ที่เก็บ​ข้อมูล​เข้ารหัส ก่อนอื่น​โปรด​เลือก​ภาษา​ของ​โปรแกรม</translation>
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
        <translation>TJ Desk ล็อก​อยู่</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>เข้าสู่ระบบ​เป็น​ผู้ใช้​อื่น</translation>
    </message>
    <message>
        <source>Only %1 can unlock, with their password.</source>
        <translation>เฉพาะ %1 เท่านั้น​ที่​ปลดล็อก​ได้​ด้วย​รหัสผ่าน​ของ​ตนเอง</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Counselling sessions</source>
        <translation>การ​ให้คำปรึกษา</translation>
    </message>
    <message>
        <source>Visitor briefings</source>
        <translation>การชี้แจง​ผู้เยี่ยมชม</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>การ​ดูแล​ระบบ</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>ล็อก​หน้าจอ (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock the screen; your password opens it again.</source>
        <translation>ล็อก​หน้าจอ ใช้​รหัสผ่าน​ของ​คุณ​เพื่อ​ปลดล็อก</translation>
    </message>
    <message>
        <source>Hide screen (Shift ×3)</source>
        <translation>ซ่อน​หน้าจอ (Shift ×3)</translation>
    </message>
    <message>
        <source>Blank the screen at once and lock. Pressing Shift three times does the same.</source>
        <translation>ปิดบัง​หน้าจอ​ทันที​และ​ล็อก การ​กด Shift สาม​ครั้ง​ก็​ได้ผล​เช่นเดียวกัน</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>ออกจาก​ระบบ</translation>
    </message>
    <message>
        <source>End your session; the next person signs in with their own name.</source>
        <translation>จบ​การใช้งาน​ของ​คุณ ผู้ใช้​คน​ถัดไป​เข้าสู่ระบบ​ด้วย​ชื่อ​ของ​ตนเอง</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ปิด​โปรแกรม</translation>
    </message>
    <message>
        <source>Sign out and close TJ Desk. The alarm keeps running without it.</source>
        <translation>ออกจาก​ระบบ​และ​ปิด TJ Desk ระบบ​สัญญาณ​ฉุกเฉิน​ยัง​ทำงาน​ต่อไป</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>ผู้ใช้งาน: %1 (%2)</translation>
    </message>
    <message>
        <source>This part of TJ Desk is not available yet.</source>
        <translation>ส่วน​นี้​ของ TJ Desk ยัง​ไม่​พร้อม​ใช้งาน</translation>
    </message>
    <message>
        <source>Putting the restored vault in place…</source>
        <translation>กำลัง​นำ​ที่เก็บ​ข้อมูล​เข้ารหัส​ที่​กู้​คืน​มา​ใช้​แทน…</translation>
    </message>
    <message>
        <source>The backup of %1 is now the vault. The vault before it is kept in %2.</source>
        <translation>ข้อมูล​สำรอง​ของ %1 เป็น​ที่เก็บ​ข้อมูล​เข้ารหัส​ที่​ใช้งาน​แล้ว ที่เก็บ​ข้อมูล​เดิม​ถูก​เก็บ​ไว้​ที่ %2</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Every desk sees every room&apos;s alarm through the shelter&apos;s own broker. Join with the station folder the administrator made for this computer (tjdesk network add-station). The light outside the room never depends on the network.</source>
        <translation>ทุก​โต๊ะ​เจ้าหน้า​ที่จะ​เห็น​สัญญาณ​ฉุกเฉิน​ของ​ทุก​ห้อง​ผ่าน​โบรกเกอร์​ของ​สถาน​คุ้มครอง​เอง โปรด​เข้าร่วม​ด้วย​โฟลเดอร์​สถานี​ที่​ผู้ดูแล​ระบบ​จัดทำ​ไว้​สำหรับ​คอมพิวเตอร์​เครื่อง​นี้ (tjdesk network add-station) ไฟ​สัญญาณ​หน้า​ห้อง​ไม่​ขึ้นกับ​เครือข่าย​เลย</translation>
    </message>
    <message>
        <source>Station folder</source>
        <translation>โฟลเดอร์​สถานี</translation>
    </message>
    <message>
        <source>e.g. /etc/tjdesk/station or C:\TJDesk\station</source>
        <translation>เช่น /etc/tjdesk/station หรือ C:\TJDesk\station</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>เข้าร่วม</translation>
    </message>
    <message>
        <source>Leave the network</source>
        <translation>ออกจาก​เครือข่าย</translation>
    </message>
    <message>
        <source>This station:</source>
        <translation>สถานี​นี้:</translation>
    </message>
    <message>
        <source>Broker:</source>
        <translation>โบรกเกอร์:</translation>
    </message>
    <message>
        <source>Stations online:</source>
        <translation>สถานี​ที่​ออนไลน์:</translation>
    </message>
    <message>
        <source>Last message:</source>
        <translation>ข้อความ​ล่าสุด:</translation>
    </message>
    <message>
        <source>Messages ignored (not valid):</source>
        <translation>ข้อความ​ที่​ไม่​ถูกต้อง​และ​ถูก​ข้าม:</translation>
    </message>
    <message>
        <source>A computer that hangs or loses its cable is shown offline within %1 seconds; one that is shut down or closes the alarm service, at once.</source>
        <translation>คอมพิวเตอร์​ที่​ค้าง​หรือ​สาย​เครือข่าย​หลุด​จะ​แสดงว่า​ออฟไลน์​ภายใน %1 วินาที ส่วน​เครื่อง​ที่​ปิด​เครื่อง​หรือ​ปิด​บริการ​สัญญาณ​ฉุกเฉิน​จะ​แสดง​ทันที</translation>
    </message>
    <message>
        <source>Only an administrator can change the alarm network.</source>
        <translation>เฉพาะ​ผู้ดูแล​ระบบ​เท่านั้น​ที่​เปลี่ยน​การ​ตั้งค่า​เครือข่าย​สัญญาณ​ฉุกเฉิน​ได้</translation>
    </message>
    <message>
        <source>Joining as %1 (%2). The broker is %3.</source>
        <translation>กำลัง​เข้า​ร่วมใน​ชื่อ %1 (%2) โบรกเกอร์​คือ %3</translation>
    </message>
    <message>
        <source>This computer has left the alarm network.</source>
        <translation>คอมพิวเตอร์​เครื่อง​นี้​ออกจาก​เครือข่าย​สัญญาณ​ฉุกเฉิน​แล้ว</translation>
    </message>
    <message>
        <source>This computer has not joined the alarm network.</source>
        <translation>คอมพิวเตอร์​เครื่อง​นี้​ยัง​ไม่​ได้​เข้าร่วม​เครือข่าย​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>สถานที่ %1</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>เชื่อมต่อ​แล้ว</translation>
    </message>
    <message>
        <source>NOT connected</source>
        <translation>ไม่​ได้​เชื่อมต่อ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่​มี</translation>
    </message>
</context>
<context>
    <name>NetworkRoomsModel</name>
    <message>
        <source>Room</source>
        <translation>ห้อง</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>ผู้​รับทราบ</translation>
    </message>
    <message>
        <source>Room computer</source>
        <translation>คอมพิวเตอร์​ของ​ห้อง</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <source>ALARM since %1</source>
        <translation>มี​สัญญาณ​ฉุกเฉิน​ตั้งแต่ %1</translation>
    </message>
    <message>
        <source>ALARM, answered at %1</source>
        <translation>มี​สัญญาณ​ฉุกเฉิน รับทราบ​เมื่อ %1</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>การซ้อม</translation>
    </message>
    <message>
        <source>Not protected (%1)</source>
        <translation>ไม่​มี​การป้องกัน (%1)</translation>
    </message>
    <message>
        <source>on the network</source>
        <translation>อยู่​ใน​เครือข่าย</translation>
    </message>
    <message>
        <source>NOT on the network</source>
        <translation>ไม่​ได้​อยู่​ใน​เครือข่าย</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>The vault has a new key. This is the NEW recovery key; the old one no longer opens the vault. It is shown only now. Print it or write it down, keep it locked away from this computer, and destroy the old sheet. Backups made before today still open with the old recovery key: make a new backup and destroy the old ones if that key is why you changed it.</source>
        <translation>ที่เก็บ​ข้อมูล​เข้ารหัส​มี​กุญแจ​ใหม่​แล้ว นี่​คือ​กุญแจ​กู้​คืน &quot;ใหม่&quot; กุญแจ​เดิม​เปิด​ที่เก็บ​ข้อมูล​ไม่​ได้​อีก และ​จะ​แสดง​เพียง​ครั้งนี้​ครั้ง​เดียว โปรด​พิมพ์​หรือ​จด​ไว้ เก็บ​ล็อก​ไว้​ให้​ห่าง​จาก​คอมพิวเตอร์​เครื่อง​นี้ และ​ทำลาย​เอกสาร​เดิม ข้อมูล​สำรอง​ที่​ทำ​ก่อน​วันนี้​ยัง​เปิด​ได้​ด้วย​กุญแจ​กู้​คืน​เดิม หาก​เปลี่ยน​กุญแจ​เพราะ​กุญแจ​เดิม​รั่วไหล โปรด​สำรอง​ข้อมูล​ใหม่​และ​ทำลาย​ข้อมูล​สำรอง​เดิม</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>บันทึก​เป็น PDF…</translation>
    </message>
    <message>
        <source>I have stored the new recovery key in a safe place</source>
        <translation>เก็บ​กุญแจ​กู้​คืน​ใหม่​ไว้​ใน​ที่​ปลอดภัย​แล้ว</translation>
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
        <translation>มี​บันทึก​นี้​อีก​ฉบับ​หนึ่ง เพราะ​มี​สอง​คน​บันทึก​พร้อมกัน โปรด​เปรียบเทียบ​กับ​บันทึก​ด้านบน คัดลอก​ส่วน​ที่​ต้องการ แล้ว​บันทึก จากนั้น​ฉบับ​อื่น​จะ​ถูก​ทำเครื่องหมาย​ว่า​รวม​แล้ว</translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <source>One-time password for %1. Give it to them in person (not by chat or e-mail). They must choose their own password when they sign in with it.</source>
        <translation>รหัสผ่าน​ใช้​ครั้ง​เดียว​สำหรับ %1 โปรด​มอบให้​เจ้าตัว​ด้วย​ตนเอง (ห้าม​ส่ง​ทาง​แชต​หรือ​อีเมล) เจ้าตัว​ต้อง​ตั้ง​รหัสผ่าน​ของ​ตนเอง​เมื่อ​เข้าสู่ระบบ​ด้วย​รหัส​นี้</translation>
    </message>
</context>
<context>
    <name>PanicButton</name>
    <message>
        <source>Hold for one second to call a colleague</source>
        <translation>กด​ค้าง​ไว้​หนึ่ง​วินาที​เพื่อ​เรียก​เพื่อนร่วมงาน</translation>
    </message>
    <message>
        <source>Call for help (hold for one second)</source>
        <translation>ขอความช่วยเหลือ (กด​ค้าง​ไว้​หนึ่ง​วินาที)</translation>
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
        <translation>ตัวอย่าง​ก่อน​พิมพ์</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Type the recovery key from the sheet printed at set-up (%1 characters: the digits 0-9 and the letters a-f; spaces do not matter), then the administrator who will sign in with a new password. Every other user keeps their password.</source>
        <translation>พิมพ์​กุญแจ​กู้​คืน​จาก​เอกสาร​ที่​พิมพ์​ไว้​ตอน​ตั้งค่า (%1 ตัว ประกอบด้วย​ตัวเลข 0-9 และ​ตัวอักษร a-f เว้นวรรค​ได้) แล้ว​ระบุ​ผู้ดูแล​ระบบ​ที่จะ​เข้าสู่ระบบ​ด้วย​รหัสผ่าน​ใหม่ ผู้ใช้​คนอื่น​ยัง​ใช้​รหัสผ่าน​เดิม​ได้</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>กุญแจ​กู้​คืน</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation>ชื่อ​ผู้ใช้​ของ​ผู้ดูแล​ระบบ</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>รหัสผ่าน​ใหม่</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>ยืนยัน​รหัสผ่าน​ใหม่</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>กู้​คืน</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>รหัสผ่าน​ทั้งสอง​ช่อง​ไม่​ตรงกัน</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>กุญแจ​กู้​คืน​ของ​คุณ</translation>
    </message>
    <message>
        <source>This key opens the vault when every password is lost. It is shown only now. Print it or write it down, and keep it locked away from this computer (in a safe, with the director). Anyone holding it can read every record.</source>
        <translation>กุญแจ​นี้​ใช้​เปิด​ที่เก็บ​ข้อมูล​เข้ารหัส​เมื่อ​รหัสผ่าน​ทุก​อัน​สูญหาย และ​จะ​แสดง​เพียง​ครั้งนี้​ครั้ง​เดียว โปรด​พิมพ์​หรือ​จด​ไว้ แล้ว​เก็บ​ล็อก​ไว้​ให้​ห่าง​จาก​คอมพิวเตอร์​เครื่อง​นี้ (ใน​ตู้นิรภัย กับ​ผู้อำนวยการ) ผู้​ที่​ถือ​กุญแจ​นี้​อ่าน​บันทึก​ได้​ทุก​ฉบับ</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>บันทึก​เป็น PDF…</translation>
    </message>
    <message>
        <source>I have stored the recovery key in a safe place</source>
        <translation>เก็บ​กุญแจ​กู้​คืน​ไว้​ใน​ที่​ปลอดภัย​แล้ว</translation>
    </message>
</context>
<context>
    <name>RecoveryKeySheet</name>
    <message>
        <source>TJ Desk recovery key</source>
        <translation>กุญแจ​กู้​คืน TJ Desk</translation>
    </message>
    <message>
        <source>Shelter or room:</source>
        <translation>สถาน​คุ้มครอง​หรือ​ห้อง:</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>จัดทำ​เมื่อ:</translation>
    </message>
    <message>
        <source>This key opens the encrypted vault when every password is lost.</source>
        <translation>กุญแจ​นี้​ใช้​เปิด​ที่เก็บ​ข้อมูล​เข้ารหัส​เมื่อ​รหัสผ่าน​ทุก​อัน​สูญหาย</translation>
    </message>
    <message>
        <source>Keep this sheet locked away, not beside the computer.</source>
        <translation>เก็บ​เอกสาร​นี้​ไว้​ใน​ที่​ล็อก​ได้ อย่า​วาง​ไว้​ข้าง​คอมพิวเตอร์</translation>
    </message>
    <message>
        <source>Anyone who holds it can read every record: never photograph it, never send it by e-mail or chat.</source>
        <translation>ผู้​ที่​ถือ​เอกสาร​นี้​อ่าน​บันทึก​ได้​ทุก​ฉบับ ห้าม​ถ่ายรูป ห้าม​ส่ง​ทาง​อีเมล​หรือ​แชต​เด็ดขาด</translation>
    </message>
    <message>
        <source>To use it, an administrator types its %1 characters (the digits 0-9 and the letters a-f) into TJ Desk&apos;s recovery step to set a new administrator password.</source>
        <translation>วิธีใช้: ผู้ดูแล​ระบบ​พิมพ์​อักขระ %1 ตัว​นี้ (ตัวเลข 0-9 และ​ตัวอักษร a-f) ใน​ขั้นตอน​กู้​คืน​ของ TJ Desk เพื่อ​ตั้ง​รหัสผ่าน​ใหม่​ของ​ผู้ดูแล​ระบบ</translation>
    </message>
    <message>
        <source>The lines starting AGE-SECRET-KEY-1 are the recovery identity: with the key above it opens every sealed case section, with TJ Desk&apos;s handover or with the standard age tool (see SECURITY.md). No staff password opens it.</source>
        <translation>บรรทัด​ที่​ขึ้นต้น​ด้วย AGE-SECRET-KEY-1 คือ​ตัวตน​สำหรับ​กู้​คืน เมื่อ​ใช้​คู่​กับ​กุญแจ​ด้านบน จะ​เปิด​ส่วน​ที่​ปิดผนึก​ของ​ทุก​กรณี​ได้ ทั้ง​ผ่าน​การ​ส่งต่อ​งาน​ใน TJ Desk และ​ด้วย​โปรแกรม age มาตรฐาน (ดู SECURITY.md) รหัสผ่าน​ของ​เจ้าหน้าที่​คนใด​ก็​เปิด​ไม่​ได้</translation>
    </message>
    <message>
        <source>Root signing key fingerprint:</source>
        <translation>ลายนิ้วมือ​ของ​กุญแจ​หลัก​สำหรับ​ลงลายมือชื่อ:</translation>
    </message>
    <message>
        <source>&apos;tjdesk audit verify&apos; and the Audit trail page show this fingerprint: if theirs differs, someone replaced the staff roster.</source>
        <translation>คำสั่ง &apos;tjdesk audit verify&apos; และ​หน้า​ประวัติ​การใช้งาน​จะ​แสดง​ลายนิ้วมือ​นี้ หาก​ไม่​ตรงกัน แสดงว่า​มี​ผู้​เปลี่ยน​รายชื่อ​เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>บันทึก​กุญแจ​กู้​คืน​เป็น PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved there.</source>
        <translation>บันทึก PDF ใน​ตำแหน่ง​นั้น​ไม่​ได้</translation>
    </message>
    <message>
        <source>Saved. Copy the PDF to a USB stick kept in a safe, or print it, then delete it from this computer.</source>
        <translation>บันทึก​แล้ว โปรด​คัดลอก PDF ลง​แฟลช​ไดรฟ์​ที่เก็บ​ไว้​ใน​ตู้นิรภัย หรือ​พิมพ์​ออกมา แล้ว​ลบ​ไฟล์​ออกจาก​คอมพิวเตอร์​เครื่อง​นี้</translation>
    </message>
</context>
<context>
    <name>ResetDialog</name>
    <message>
        <source>Reset the alarm</source>
        <translation>รีเซ็ต​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>Reset the alarm in %1 as %2.</source>
        <translation>รีเซ็ต​สัญญาณ​ฉุกเฉิน​ใน %1 ในนาม %2</translation>
    </message>
    <message>
        <source>the room</source>
        <translation>ห้อง​นั้น</translation>
    </message>
    <message>
        <source>Why was the alarm raised?</source>
        <translation>สัญญาณ​ฉุกเฉิน​ครั้งนี้​เกิด​จาก​อะไร</translation>
    </message>
    <message>
        <source>A real incident</source>
        <translation>เหตุการณ์​จริง</translation>
    </message>
    <message>
        <source>An accidental press</source>
        <translation>กด​โดยไม่ตั้งใจ</translation>
    </message>
    <message>
        <source>A drill</source>
        <translation>การซ้อม</translation>
    </message>
    <message>
        <source>Someone has checked on the room in person</source>
        <translation>มี​ผู้​ไป​ตรวจดู​ที่​ห้อง​ด้วย​ตนเอง​แล้ว</translation>
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
        <translation>ค่า​มัธยฐาน​ของ​ระยะเวลา​ก่อน​รับทราบ รายเดือน</translation>
    </message>
    <message>
        <source>No answered alarms in this view.</source>
        <translation>ไม่​มี​สัญญาณ​ฉุกเฉิน​ที่​มี​ผู้​รับทราบ​ใน​มุมมอง​นี้</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Choose a backup file. It is unpacked into a new folder and checked there, as the command line does; nothing in use changes. Then you can put it in place of the current vault, which is kept beside it.</source>
        <translation>เลือก​ไฟล์​ข้อมูล​สำรอง ไฟล์​จะ​ถูก​แตก​ลง​ใน​โฟลเดอร์​ใหม่​และ​ตรวจสอบ​ที่นั่น เช่นเดียวกับ​บรรทัด​คำสั่ง สิ่ง​ที่​ใช้งาน​อยู่​จะ​ไม่​เปลี่ยน จากนั้น​คุณ​จึง​เลือก​นำมา​แทน​ที่เก็บ​ข้อมูล​เข้ารหัส​ปัจจุบัน​ได้ โดย​ที่เก็บ​ข้อมูล​ปัจจุบัน​จะ​ถูก​เก็บ​ไว้​ข้าง ๆ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source>Open it with the recovery key instead</source>
        <translation>เปิด​ด้วย​กุญแจ​กู้​คืน​แทน</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>ไฟล์​ข้อมูล​สำรอง</translation>
    </message>
    <message>
        <source>User name (as of the backup)</source>
        <translation>ชื่อ​ผู้ใช้ (ณ วันที่​สำรอง​ข้อมูล)</translation>
    </message>
    <message>
        <source>Password (as of the backup)</source>
        <translation>รหัสผ่าน (ณ วันที่​สำรอง​ข้อมูล)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>กุญแจ​กู้​คืน</translation>
    </message>
    <message>
        <source>Restore and check</source>
        <translation>กู้​คืน​และ​ตรวจสอบ</translation>
    </message>
    <message>
        <source>Use it now (signs you out)</source>
        <translation>ใช้งาน​ทันที (จะ​ออกจาก​ระบบ)</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>เลือก​ข้อมูล​สำรอง</translation>
    </message>
    <message>
        <source>TJ Desk backups (*.tjbackup)</source>
        <translation>ข้อมูล​สำรอง TJ Desk (*.tjbackup)</translation>
    </message>
    <message>
        <source>Choose the backup file first.</source>
        <translation>กรุณา​เลือก​ไฟล์​ข้อมูล​สำรอง​ก่อน</translation>
    </message>
    <message>
        <source>Unpacking and checking the backup…</source>
        <translation>กำลัง​แตก​ไฟล์​และ​ตรวจสอบ​ข้อมูล​สำรอง…</translation>
    </message>
    <message>
        <source>Restored and checked: the backup of %1, %2 rows, in %3.</source>
        <translation>กู้​คืน​และ​ตรวจสอบ​แล้ว: ข้อมูล​สำรอง​ของ %1 จำนวน %2 แถว อยู่​ใน %3</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>ผู้ดูแล​ระบบ</translation>
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
        <source>Counsellor</source>
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
        <translation>เจ้าหน้าที่​ต้อนรับ</translation>
    </message>
</context>
<context>
    <name>SealingPanel</name>
    <message>
        <source>Make the recovery identity…</source>
        <translation>สร้าง​ตัวตน​สำหรับ​กู้​คืน…</translation>
    </message>
    <message>
        <source>Hand over a case…</source>
        <translation>ส่งต่อ​กรณี…</translation>
    </message>
    <message>
        <source>When everyone who could read part of a case has left, hand the case over to a new case worker with the recovery identity from the recovery sheet.</source>
        <translation>เมื่อ​ผู้​ที่​อ่าน​ส่วน​ใด​ของ​กรณี​ได้​ออก​ไป​หมด​แล้ว ให้​ส่งต่อ​กรณี​แก่​ผู้รับผิดชอบ​กรณี​คน​ใหม่​ด้วย​ตัวตน​สำหรับ​กู้​คืน​จาก​แผ่น​กู้​คืน</translation>
    </message>
    <message>
        <source>This vault has its recovery identity. It is not stored on this computer: it is on the recovery sheet, beside the recovery key.</source>
        <translation>ที่เก็บ​ข้อมูล​เข้ารหัส​นี้​มี​ตัวตน​สำหรับ​กู้​คืน​แล้ว ตัวตน​นี้​ไม่​ได้​เก็บ​ไว้​ใน​คอมพิวเตอร์​เครื่อง​นี้ แต่​อยู่​บน​แผ่น​กู้​คืน​ถัดจาก​กุญแจ​กู้​คืน</translation>
    </message>
    <message>
        <source>This vault was made before case sections were sealed and has no recovery identity yet. Until it has one, notes and identities stay protected only by the vault key, which every signed-in colleague holds. Make it now: it is shown once, with the recovery key, to print or save as PDF.</source>
        <translation>ที่เก็บ​ข้อมูล​เข้ารหัส​นี้​สร้าง​ขึ้น​ก่อน​มี​การ​ปิดผนึก​ส่วน​ต่าง ๆ ของ​กรณี และ​ยัง​ไม่​มี​ตัวตน​สำหรับ​กู้​คืน จนกว่า​จะ​มี บันทึก​และ​ข้อมูล​ระบุ​ตัวตน​จะ​ได้รับ​การปกป้อง​ด้วย​กุญแจ​ของ​ที่เก็บ​ข้อมูล​เท่านั้น ซึ่ง​เพื่อนร่วมงาน​ทุกคน​ที่​เข้าสู่ระบบ​ถือ​อยู่ โปรด​สร้าง​ตอนนี้ ตัวตน​จะ​แสดง​เพียง​ครั้ง​เดียว​พร้อม​กุญแจ​กู้​คืน เพื่อ​พิมพ์​หรือ​บันทึก​เป็น PDF</translation>
    </message>
    <message>
        <source>Make the recovery identity now? Have a printer or a safe place ready: it is shown only once. Then every case section is sealed, which can take a minute.</source>
        <translation>สร้าง​ตัวตน​สำหรับ​กู้​คืน​ตอนนี้​หรือไม่ โปรด​เตรียม​เครื่องพิมพ์​หรือ​ที่เก็บ​ที่​ปลอดภัย​ไว้ เพราะ​จะ​แสดง​เพียง​ครั้ง​เดียว จากนั้น​ทุก​ส่วน​ของ​กรณี​จะ​ถูก​ปิดผนึก ซึ่ง​อาจ​ใช้เวลา​ประมาณ​หนึ่ง​นาที</translation>
    </message>
    <message>
        <source>Making the recovery identity and sealing… Please wait.</source>
        <translation>กำลัง​สร้าง​ตัวตน​สำหรับ​กู้​คืน​และ​ปิดผนึก… โปรด​รอ​สักครู่</translation>
    </message>
    <message>
        <source>Recovery identity made; case sections sealed: %1.</source>
        <translation>สร้าง​ตัวตน​สำหรับ​กู้​คืน​แล้ว ปิดผนึก​ส่วน​ของ​กรณี​แล้ว %1 รายการ</translation>
    </message>
    <message>
        <source>This is the recovery sheet with the new recovery identity (the lines starting AGE-SECRET-KEY-1) below the recovery key. It is shown only now and is not stored anywhere. Print it or save it as PDF, keep it locked away from this computer, and destroy the old recovery sheet.</source>
        <translation>นี่​คือ​แผ่น​กู้​คืน​ที่​มี​ตัวตน​สำหรับ​กู้​คืน​ใหม่ (บรรทัด​ที่​ขึ้นต้น​ด้วย AGE-SECRET-KEY-1) อยู่​ใต้​กุญแจ​กู้​คืน แสดง​เพียง​ครั้งนี้​และ​ไม่​ได้​เก็บ​ไว้​ที่ใด โปรด​พิมพ์​หรือ​บันทึก​เป็น PDF เก็บ​ไว้​ใน​ที่​ปิดล็อก​ห่าง​จาก​คอมพิวเตอร์​เครื่อง​นี้ และ​ทำลาย​แผ่น​กู้​คืน​เดิม</translation>
    </message>
    <message>
        <source>I have stored the recovery sheet in a safe place</source>
        <translation>ข้าพเจ้า​เก็บ​แผ่น​กู้​คืน​ไว้​ใน​ที่​ปลอดภัย​แล้ว</translation>
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
        <source>a bundled font was not registered: %1</source>
        <translation>ไม่ได้ลงทะเบียนฟอนต์ที่มากับโปรแกรม: %1</translation>
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
        <translation>การ​ให้คำปรึกษา</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>บันทึก​การ​ให้คำปรึกษา​ใหม่</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>เวลา​สิ้นสุด</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>เลือก...</translation>
    </message>
    <message>
        <source>An interpreter was used</source>
        <translation>มี​การ​ใช้​ล่าม</translation>
    </message>
    <message>
        <source>Safety concern</source>
        <translation>ข้อ​กังวล​ด้าน​ความปลอดภัย</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>ติดตาม​ผล​ภายใน</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>การ​ส่งต่อ​ที่​ดำเนินการ</translation>
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
        <translation>ช่องทาง​ติดต่อ (&amp;O)</translation>
    </message>
    <message>
        <source>Ris&amp;k</source>
        <translation>ความเสี่ยง (&amp;K)</translation>
    </message>
    <message>
        <source>Follow-&amp;up</source>
        <translation>ติดตาม​ผล (&amp;U)</translation>
    </message>
    <message>
        <source>Counsellors in the session</source>
        <translation>ผู้ให้คำปรึกษา​ใน​ครั้งนี้</translation>
    </message>
    <message>
        <source>Choose a case...</source>
        <translation>เลือก​กรณี...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Your unsaved draft was restored.</source>
        <translation>กู้​คืน​ฉบับร่าง​ที่​ยัง​ไม่​ได้​บันทึก​แล้ว</translation>
    </message>
    <message>
        <source>Alarm raised in this room during the session: %1</source>
        <translation>มี​สัญญาณ​ฉุกเฉิน​ใน​ห้อง​นี้​ระหว่าง​การ​ให้คำปรึกษา: %1</translation>
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
        <source>The screen locks after this long without keyboard or mouse use (at most %1 minutes). Shorter is safer on a shared computer.</source>
        <translation>หน้าจอ​จะ​ล็อก​เมื่อ​ไม่​มี​การ​ใช้​แป้นพิมพ์​หรือ​เมาส์​นาน​เท่านี้ (ไม่​เกิน %1 นาที) ยิ่ง​สั้น​ยิ่ง​ปลอดภัย​สำหรับ​คอมพิวเตอร์​ที่​ใช้​ร่วมกัน</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>ล็อก​เมื่อ​ไม่​ได้​ใช้งาน​นาน</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>บันทึก​แล้ว</translation>
    </message>
</context>
<context>
    <name>SheetPrintDialog</name>
    <message>
        <source>Print the visit&apos;s sheets</source>
        <translation>พิมพ์​เอกสาร​ข้อปฏิบัติ​ของ​การ​เยี่ยมชม​นี้</translation>
    </message>
    <message>
        <source>Print blank sheets</source>
        <translation>พิมพ์​เอกสาร​เปล่า</translation>
    </message>
    <message>
        <source>One sheet per language</source>
        <translation>ภาษา​ละ​หนึ่ง​แผ่น</translation>
    </message>
    <message>
        <source>Side by side on one sheet (signatures on the back)</source>
        <translation>เรียง​คู่​กัน​บน​กระดาษ​แผ่น​เดียว (ช่อง​ลงนาม​อยู่​ด้านหลัง)</translation>
    </message>
    <message>
        <source>Thai digits on the Thai sheet</source>
        <translation>ใช้​เลข​ไทย​ใน​เอกสาร​ภาษาไทย</translation>
    </message>
    <message>
        <source>Print this date</source>
        <translation>พิมพ์​วันที่​นี้</translation>
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
        <translation>จะ​ไม่​พิมพ์​ที่อยู่​ของ​สถาน​คุ้มครอง​ลง​ใน​เอกสาร​เด็ดขาด</translation>
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
        <translation>บันทึก​เป็น PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>โปรด​เลือก​อย่าง​น้อย​หนึ่ง​ภาษา</translation>
    </message>
    <message>
        <source>Something on the sheet matched the shelter&apos;s address and was left off the printout. Check the visitors&apos; names and organisations.</source>
        <translation>ข้อความ​บางส่วน​ใน​เอกสาร​ตรง​กับ​ที่อยู่​ของ​สถาน​คุ้มครอง จึง​ถูก​ตัด​ออกจาก​เอกสาร​ที่​พิมพ์ โปรด​ตรวจสอบ​ชื่อ​และ​หน่วยงาน​ของ​ผู้เยี่ยมชม</translation>
    </message>
    <message>
        <source>Save sheets as PDF</source>
        <translation>บันทึก​เอกสาร​ข้อปฏิบัติ​เป็น PDF</translation>
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
        <translation>สถาน​คุ้มครอง​หรือ​ห้อง</translation>
    </message>
    <message>
        <source>The name of the shelter, hotline or counselling room this computer serves. It is printed only on the recovery key sheet, to tell which computer the key opens, and shown under Administration. It is never printed on visitor sheets: a sheet leaves with the visitor, and a name can give away where you are.</source>
        <translation>ชื่อ​สถาน​คุ้มครอง สายด่วน หรือ​ห้อง​ให้คำปรึกษา​ที่​ใช้​คอมพิวเตอร์​เครื่อง​นี้ ชื่อ​นี้​พิมพ์​เฉพาะ​ใน​เอกสาร​กุญแจ​กู้​คืน เพื่อ​บอกว่า​กุญแจ​นั้น​เปิด​เครื่อง​ใด และ​แสดง​ใน​ส่วน​ผู้ดูแล​ระบบ ชื่อ​นี้​ไม่​พิมพ์​ใน​เอกสาร​ข้อปฏิบัติ​สำหรับ​ผู้เยี่ยมชม​เด็ดขาด เพราะ​ผู้เยี่ยมชม​นำ​เอกสาร​นั้น​ออก​ไป​ด้วย และ​ชื่อ​อาจ​เปิดเผย​ที่ตั้ง​ของ​หน่วยงาน​ได้</translation>
    </message>
    <message>
        <source>Shelter or room name</source>
        <translation>ชื่อ​สถาน​คุ้มครอง​หรือ​ห้อง</translation>
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
        <translation>เจ้าหน้าที่​แต่ละคน​เข้าสู่ระบบ​ด้วย​ชื่อ​และ​รหัสผ่าน​ของ​ตนเอง</translation>
    </message>
    <message>
        <source>Every password lost? Use the recovery key</source>
        <translation>หาก​รหัสผ่าน​สูญหาย​ทั้งหมด ใช้​กุญแจ​กู้​คืน</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>The administrator&apos;s new password is set. Sign in with it now.</source>
        <translation>ตั้ง​รหัสผ่าน​ใหม่​ของ​ผู้ดูแล​ระบบ​แล้ว โปรด​เข้าสู่ระบบ​ด้วย​รหัสผ่าน​นั้น​ตอนนี้</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Visitor rule sheets</source>
        <translation>เอกสาร​ข้อปฏิบัติ​สำหรับ​ผู้เยี่ยมชม</translation>
    </message>
    <message>
        <source>Add a language…</source>
        <translation>เพิ่ม​ภาษา…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Saved versions (double-click to load)</source>
        <translation>ฉบับ​ที่​บันทึก​ไว้ (ดับเบิล​คลิก​เพื่อ​โหลด)</translation>
    </message>
    <message>
        <source>Language name</source>
        <translation>ชื่อ​ภาษา</translation>
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
        <translation>ชื่อเรื่อง​รอง</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>บทนำ</translation>
    </message>
    <message>
        <source>Date label</source>
        <translation>ข้อความ​หน้า​วันที่</translation>
    </message>
    <message>
        <source>Principles heading</source>
        <translation>หัวข้อ​หลักการ</translation>
    </message>
    <message>
        <source>Principles (a blank line between items)</source>
        <translation>หลักการ (เว้น​หนึ่ง​บรรทัด​ระหว่าง​ข้อ)</translation>
    </message>
    <message>
        <source>Residents&apos; rights heading</source>
        <translation>หัวข้อ​สิทธิ​ของ​ผู้รับบริการ</translation>
    </message>
    <message>
        <source>Residents&apos; rights (a blank line between items)</source>
        <translation>สิทธิ​ของ​ผู้รับบริการ (เว้น​หนึ่ง​บรรทัด​ระหว่าง​ข้อ)</translation>
    </message>
    <message>
        <source>Obligations heading</source>
        <translation>หัวข้อ​ข้อปฏิบัติ</translation>
    </message>
    <message>
        <source>Obligations (a blank line between items)</source>
        <translation>ข้อปฏิบัติ (เว้น​หนึ่ง​บรรทัด​ระหว่าง​ข้อ)</translation>
    </message>
    <message>
        <source>Laws heading</source>
        <translation>หัว​ข้อกฎหมาย</translation>
    </message>
    <message>
        <source>Laws (a blank line between items)</source>
        <translation>กฎหมาย (เว้น​หนึ่ง​บรรทัด​ระหว่าง​ข้อ)</translation>
    </message>
    <message>
        <source>Privacy notice heading</source>
        <translation>หัวข้อ​ประกาศ​ความเป็นส่วนตัว</translation>
    </message>
    <message>
        <source>Privacy notice ({days} becomes the number of days visits are kept)</source>
        <translation>ประกาศ​ความเป็นส่วนตัว ({days} จะ​แทน​ด้วย​จำนวน​วัน​ที่เก็บ​ข้อมูล​การ​เยี่ยมชม)</translation>
    </message>
    <message>
        <source>Acknowledgement heading</source>
        <translation>หัวข้อ​การรับทราบ</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>ข้อความ​รับทราบ</translation>
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
        <translation>ข้อความ​ปิดท้าย</translation>
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
        <translation>บันทึก​เป็น​ฉบับ​ใหม่</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>What you were typing was restored. It is not saved yet.</source>
        <translation>สิ่ง​ที่​คุณ​พิมพ์​ไว้​ถูก​กู้​คืน​แล้ว ยัง​ไม่​ได้​บันทึก</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>ฉบับ​มาตรฐาน</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation>v%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Loaded version %1. Saving makes it the newest version.</source>
        <translation>โหลด​ฉบับ​ที่ %1 แล้ว การ​บันทึก​จะ​ทำให้​เป็น​ฉบับ​ล่าสุด</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>เพิ่ม​ภาษา</translation>
    </message>
    <message>
        <source>Language code (e.g. lo, my, km, ja):</source>
        <translation>รหัส​ภาษา (เช่น lo, my, km, ja):</translation>
    </message>
    <message>
        <source>New language: translate the sheet, then save it.</source>
        <translation>ภาษา​ใหม่: แปล​เอกสาร​แล้ว​บันทึก</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>บันทึก​เป็น​ฉบับ​ที่ %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>ชื่อ​ผู้ใช้</translation>
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
        <translation>ระงับ​การใช้งาน</translation>
    </message>
    <message>
        <source>Active (one-time password)</source>
        <translation>ใช้งาน (รหัสผ่าน​ใช้​ครั้ง​เดียว)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งาน</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Users</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>เพิ่ม​ผู้ใช้…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>ตั้ง​รหัสผ่าน​ใหม่…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>ระงับ​การใช้งาน…</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>เปิด​ใช้งาน…</translation>
    </message>
    <message>
        <source>Change name or role…</source>
        <translation>เปลี่ยน​ชื่อ​หรือ​บทบาท…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>ลบ​บัญชี…</translation>
    </message>
    <message>
        <source>Only for an account that was never used; otherwise disable it.</source>
        <translation>ใช้ได้​เฉพาะ​บัญชี​ที่​ไม่​เคย​ใช้งาน หาก​เคย​ใช้งาน​แล้ว​ให้​ปิด​ใช้งาน​แทน</translation>
    </message>
    <message>
        <source>Give %1 a new one-time password? Their old password stops working at once.</source>
        <translation>ให้​รหัสผ่าน​ใช้​ครั้ง​เดียว​ใหม่​แก่ %1 หรือไม่ รหัสผ่าน​เดิม​จะ​ใช้ไม่ได้​ทันที</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in; their records and audit entries stay.</source>
        <translation>ระงับ​การใช้งาน​ของ %1 หรือไม่ ผู้ใช้​นี้​จะ​เข้าสู่ระบบ​ไม่​ได้​อีก แต่​บันทึก​และ​ประวัติ​การใช้งาน​ยัง​คงอยู่</translation>
    </message>
    <message>
        <source>%1 is disabled. If they could have kept a copy of the key file, change the vault&apos;s key now (Vault key tab): after that no old copy opens anything.</source>
        <translation>ระงับ​การใช้งาน​ของ %1 แล้ว หาก​ผู้ใช้​นี้​อาจ​เก็บ​สำเนา​ไฟล์​กุญแจ​ไว้ โปรด​เปลี่ยน​กุญแจ​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส​ทันที (แท็บ​กุญแจ​ของ​ที่เก็บ​ข้อมูล) หลังจากนั้น​สำเนา​เก่า​จะ​เปิด​สิ่งใด​ไม่​ได้​อีก</translation>
    </message>
    <message>
        <source>Remove the account %1? This is only possible for an account that was never used.</source>
        <translation>ลบ​บัญชี %1 หรือไม่ ทำได้​เฉพาะ​บัญชี​ที่​ไม่​เคย​ใช้งาน​เท่านั้น</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Edit visit</source>
        <translation>แก้ไข​การ​เยี่ยมชม</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>การ​เยี่ยมชม​ใหม่</translation>
    </message>
    <message>
        <source>Optional, for the signature lines: one visitor a line, e.g.
Jane Doe; UNODC</source>
        <translation>ไม่​บังคับ ใช้​สำหรับ​ช่อง​ลงนาม: บรรทัด​ละ​หนึ่ง​คน เช่น
สมหญิง ใจดี; UNODC</translation>
    </message>
    <message>
        <source>Briefed</source>
        <translation>ชี้แจง​แล้ว</translation>
    </message>
    <message>
        <source>Sheet signed</source>
        <translation>ลงนาม​ใน​เอกสาร​แล้ว</translation>
    </message>
    <message>
        <source>Phones and cameras deposited</source>
        <translation>ฝาก​โทรศัพท์​และ​กล้อง​แล้ว</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>รายการ​ตรวจสอบ</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>วัน​และ​เวลา</translation>
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
        <translation>จำนวน​ผู้เยี่ยมชม</translation>
    </message>
    <message>
        <source>Staff host</source>
        <translation>เจ้าหน้าที่​ผู้ดูแล​คณะ</translation>
    </message>
    <message>
        <source>Sheets given in</source>
        <translation>ภาษา​ของ​เอกสาร​ที่​มอบให้</translation>
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
        <translation>การ​ตั้งค่า​ผู้เยี่ยมชม</translation>
    </message>
    <message>
        <source> days</source>
        <translation> วัน</translation>
    </message>
    <message>
        <source>Keep visits for</source>
        <translation>เก็บ​ข้อมูล​การ​เยี่ยมชม​ไว้</translation>
    </message>
    <message>
        <source>Shelter address</source>
        <translation>ที่อยู่​สถาน​คุ้มครอง</translation>
    </message>
    <message>
        <source>Visits older than this are deleted automatically (the deletion is audited). The address is never printed: sheets are checked against it and it is cut out wherever it appears.</source>
        <translation>ข้อมูล​การ​เยี่ยมชม​ที่​เก่า​กว่า​นี้​จะ​ถู​กลบ​โดยอัตโนมัติ (มี​บันทึก​การ​ลบ​ไว้​ตรวจสอบ) ที่อยู่​จะ​ไม่​ถูก​พิมพ์​เด็ดขาด: ระบบ​จะ​ตรวจ​เอกสาร​เทียบ​กับ​ที่อยู่​นี้​และ​ตัดออก​ทุก​จุด​ที่​พบ</translation>
    </message>
</context>
<context>
    <name>VisitorSheet</name>
    <message>
        <source>Visitor rule sheet</source>
        <translation>เอกสาร​ข้อปฏิบัติ​สำหรับ​ผู้เยี่ยมชม</translation>
    </message>
</context>
<context>
    <name>VisitorsArea</name>
    <message>
        <source>New visit…</source>
        <translation>การ​เยี่ยมชม​ใหม่…</translation>
    </message>
    <message>
        <source>Open visit…</source>
        <translation>เปิด​การ​เยี่ยมชม…</translation>
    </message>
    <message>
        <source>Print the visit&apos;s sheets…</source>
        <translation>พิมพ์​เอกสาร​ข้อปฏิบัติ​ของ​การ​เยี่ยมชม…</translation>
    </message>
    <message>
        <source>Print blank sheets…</source>
        <translation>พิมพ์​เอกสาร​เปล่า…</translation>
    </message>
    <message>
        <source>Edit rule sheets…</source>
        <translation>แก้ไข​เอกสาร​ข้อปฏิบัติ…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>การ​ตั้งค่า…</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>ที่​กำลังจะ​มาถึง</translation>
    </message>
    <message>
        <source>Last 30 days and upcoming</source>
        <translation>30 วัน​ที่ผ่านมา​และ​ที่​กำลังจะ​มาถึง</translation>
    </message>
    <message>
        <source>Last 12 months and upcoming</source>
        <translation>12 เดือน​ที่ผ่านมา​และ​ที่​กำลังจะ​มาถึง</translation>
    </message>
    <message>
        <source>All kept visits</source>
        <translation>การ​เยี่ยมชม​ทั้งหมด​ที่เก็บ​ไว้</translation>
    </message>
    <message>
        <source>Search organisation, purpose or host</source>
        <translation>ค้นหา​หน่วยงาน วัตถุประสงค์ หรือ​ผู้ดูแล​คณะ</translation>
    </message>
    <message>
        <source>Checklist not complete</source>
        <translation>ตรวจสอบ​ยัง​ไม่​ครบ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>Open them</source>
        <translation>เปิด​แบบฟอร์ม​เหล่านี้</translation>
    </message>
    <message numerus="yes">
        <source>What you were typing was kept (%n form(s)). Open them to finish and save; Cancel or Close in a form discards what was kept.</source>
        <translation>
            <numerusform>ระบบ​เก็บ​สิ่ง​ที่​คุณ​กำลัง​พิมพ์​ไว้​ให้​แล้ว (%n แบบฟอร์ม) เปิด​เพื่อ​กรอก​ให้​เสร็จ​แล้ว​บันทึก หาก​กด​ยกเลิก​หรือ​ปิด​ใน​แบบฟอร์ม​ใด สิ่ง​ที่เก็บ​ไว้​ของ​แบบฟอร์ม​นั้น​จะ​ถูก​ทิ้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>การ​เยี่ยมชม %n ครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <source>Visitor briefings</source>
        <translation>การชี้แจง​ผู้เยี่ยมชม</translation>
    </message>
</context>
<context>
    <name>_MonthPopup</name>
    <message>
        <source>Previous month</source>
        <translation>เดือน​ก่อนหน้า</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>เดือน​ถัดไป</translation>
    </message>
</context>
<context>
    <name>alarm</name>
    <message>
        <source>The alarm is not running.</source>
        <translation>ระบบ​สัญญาณ​ฉุกเฉิน​ไม่​ได้​ทำงาน</translation>
    </message>
    <message>
        <source>Check the USB cable, and that no other program is using the port.</source>
        <translation>โปรด​ตรวจสอบ​สาย USB และ​ดู​ว่า​ไม่​มี​โปรแกรม​อื่น​ใช้​พอร์ต​นี้​อยู่</translation>
    </message>
    <message>
        <source>The button&apos;s wire is cut or unplugged.</source>
        <translation>สาย​ของ​ปุ่ม​ขาด​หรือ​หลุด</translation>
    </message>
    <message>
        <source>The button&apos;s wire is shorted; this also raises an alarm.</source>
        <translation>สาย​ของ​ปุ่ม​ลัดวงจร ซึ่ง​ทำให้เกิด​สัญญาณ​ฉุกเฉิน​ด้วย</translation>
    </message>
    <message>
        <source>The box&apos;s relay does not switch.</source>
        <translation>รีเลย์​ของ​กล่อง​ไม่​ทำงาน</translation>
    </message>
    <message>
        <source>The box lost power for a moment; check its power supply.</source>
        <translation>กล่อง​ไฟ​ดับ​ไป​ชั่วขณะ โปรด​ตรวจสอบ​แหล่ง​จ่ายไฟ</translation>
    </message>
    <message>
        <source>A drill lasts from %1 seconds to %2 minutes.</source>
        <translation>การซ้อม​ใช้เวลา​ได้​ตั้งแต่ %1 วินาที​ถึง %2 นาที</translation>
    </message>
    <message>
        <source>The light outside is broken or unplugged.</source>
        <translation>หลอดไฟ​สัญญาณ​หน้า​ห้อง​เสีย​หรือไม่​ได้​เสียบ​ปลั๊ก</translation>
    </message>
    <message>
        <source>The box no longer gets messages from this computer.</source>
        <translation>กล่อง​ไม่​ได้รับ​ข้อมูล​จาก​คอมพิวเตอร์​เครื่อง​นี้​แล้ว</translation>
    </message>
    <message>
        <source>The board does not answer.</source>
        <translation>แผง​ควบคุม​ไม่​ตอบสนอง</translation>
    </message>
    <message>
        <source>An alarm can be raised on screen only.</source>
        <translation>ส่งสัญญาณ​ได้​จาก​หน้าจอ​เท่านั้น</translation>
    </message>
    <message>
        <source>There is no alarm to acknowledge.</source>
        <translation>ไม่​มี​สัญญาณ​ฉุกเฉิน​ให้​รับทราบ</translation>
    </message>
    <message>
        <source>The alarm is already acknowledged.</source>
        <translation>สัญญาณ​ฉุกเฉิน​นี้​มี​ผู้​รับทราบ​แล้ว</translation>
    </message>
    <message>
        <source>There is no alarm to reset.</source>
        <translation>ไม่​มี​สัญญาณ​ฉุกเฉิน​ให้​รีเซ็ต</translation>
    </message>
    <message>
        <source>Only a signed-in staff member can reset the alarm.</source>
        <translation>เฉพาะ​เจ้าหน้าที่​ที่​เข้าสู่ระบบ​แล้ว​เท่านั้น​ที่​รีเซ็ต​สัญญาณ​ฉุกเฉิน​ได้</translation>
    </message>
    <message>
        <source>Choose why the alarm is reset: real, accidental or drill.</source>
        <translation>โปรด​เลือก​เหตุผล​ของ​การ​รีเซ็ต: เหตุการณ์​จริง กด​โดยไม่ตั้งใจ หรือ​การซ้อม</translation>
    </message>
    <message>
        <source>This alarm was not pressed during a drill: choose another reason.</source>
        <translation>สัญญาณ​นี้​ไม่​ได้​ถูก​กด​ระหว่าง​การซ้อม กรุณา​เลือก​เหตุผล​อื่น</translation>
    </message>
    <message>
        <source>Someone must check on the room before this alarm is closed.</source>
        <translation>ต้อง​มี​ผู้​ไป​ตรวจดู​ที่​ห้อง​ก่อน​ปิด​สัญญาณ​นี้</translation>
    </message>
    <message>
        <source>A drill cannot start while an alarm is on.</source>
        <translation>เริ่ม​การซ้อม​ไม่​ได้​ขณะ​มี​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>A drill is already running.</source>
        <translation>กำลัง​ซ้อม​อยู่แล้ว</translation>
    </message>
    <message>
        <source>No drill is running.</source>
        <translation>ไม่​มี​การซ้อม​อยู่</translation>
    </message>
    <message>
        <source>The alarm service did not start. Run: tjdesk alarm serve</source>
        <translation>ระบบ​สัญญาณ​ฉุกเฉิน​ไม่​เริ่ม​ทำงาน โปรด​สั่ง: tjdesk alarm serve</translation>
    </message>
    <message>
        <source>The request is not JSON.</source>
        <translation>คำขอ​ไม่​ใช่ JSON</translation>
    </message>
    <message>
        <source>The request is not an object.</source>
        <translation>คำขอ​ไม่​ใช่​ออบเจ็กต์</translation>
    </message>
    <message>
        <source>Unknown request: %1</source>
        <translation>ไม่​รู้จัก​คำขอ: %1</translation>
    </message>
    <message>
        <source>The alarm service could not do that.</source>
        <translation>ระบบ​สัญญาณ​ฉุกเฉิน​ทำ​สิ่ง​นั้น​ไม่​ได้</translation>
    </message>
    <message>
        <source>The request lacks %1.</source>
        <translation>คำขอ​ขาด %1</translation>
    </message>
    <message>
        <source>This computer is not on the alarm network.</source>
        <translation>คอมพิวเตอร์​เครื่อง​นี้​ไม่​ได้​อยู่​ใน​เครือข่าย​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>No room %1 is known on the alarm network.</source>
        <translation>ไม่​พบ​ห้อง %1 ใน​เครือข่าย​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>An alarm is open in %1. The alarm service cannot be stopped until someone has checked on the room and the alarm is reset.</source>
        <translation>มี​สัญญาณ​ฉุกเฉิน​ค้าง​อยู่​ที่ %1 ไม่​สามารถ​หยุด​ระบบ​สัญญาณ​ฉุกเฉิน​ได้ จนกว่า​จะ​มี​ผู้​ไป​ตรวจดู​ห้อง​และ​รีเซ็ต​สัญญาณ​แล้ว</translation>
    </message>
    <message>
        <source>The alarm service is already running.</source>
        <translation>ระบบ​สัญญาณ​ฉุกเฉิน​ทำงาน​อยู่แล้ว</translation>
    </message>
    <message>
        <source>The alarm service is already running (process %1).</source>
        <translation>ระบบ​สัญญาณ​ฉุกเฉิน​ทำงาน​อยู่แล้ว (โพรเซส %1)</translation>
    </message>
    <message>
        <source>%1 is a link or belongs to another user; the alarm service will not use it. Remove it, or ask the computer&apos;s administrator to.</source>
        <translation>%1 เป็น​ลิงก์​หรือ​เป็น​ของ​ผู้ใช้​อื่น ระบบ​สัญญาณ​ฉุกเฉิน​จะ​ไม่​ใช้ โปรด​ลบ​ออก หรือ​ขอให้​ผู้ดูแล​คอมพิวเตอร์​ลบ​ให้</translation>
    </message>
    <message>
        <source>Device %1 is already served by another alarm service (process %2).</source>
        <translation>อุปกรณ์ %1 อยู่​ใน​ความดูแล​ของ​ระบบ​สัญญาณ​ฉุกเฉิน​อื่น​แล้ว (โพรเซส %2)</translation>
    </message>
    <message>
        <source>Refused: this needs a signed-in staff member, and the request was not signed.</source>
        <translation>ปฏิเสธ: คำสั่ง​นี้​ต้อง​มาจาก​เจ้าหน้าที่​ที่​เข้าสู่ระบบ แต่​คำขอ​นี้​ไม่​มี​ลายมือชื่อ​ดิจิทัล</translation>
    </message>
    <message>
        <source>Refused: the signature does not match the staff roster (a forged request).</source>
        <translation>ปฏิเสธ: ลายมือชื่อ​ดิจิทัล​ไม่​ตรง​กับ​รายชื่อ​เจ้าหน้าที่ (เป็น​คำขอ​ปลอม)</translation>
    </message>
    <message>
        <source>Refused: %1 is not an active staff member on the certified roster.</source>
        <translation>ปฏิเสธ: %1 ไม่​ใช่​เจ้าหน้าที่​ที่​ใช้งาน​อยู่​ใน​รายชื่อ​ที่​ได้รับ​การ​รับรอง</translation>
    </message>
    <message>
        <source>Refused: the request is too old or from the future (check the computer&apos;s clock).</source>
        <translation>ปฏิเสธ: คำขอ​นี้​เก่า​เกินไป​หรือ​มี​เวลา​ล่วงหน้า (โปรด​ตรวจสอบ​นาฬิกา​ของ​คอมพิวเตอร์)</translation>
    </message>
    <message>
        <source>Refused: this request was already used once (a replay).</source>
        <translation>ปฏิเสธ: คำขอ​นี้​ถูก​ใช้​ไป​แล้ว​ครั้งหนึ่ง (เป็นการ​ส่ง​ซ้ำ)</translation>
    </message>
    <message>
        <source>Refused: the staff roster in the alarm folder is missing or was changed outside TJ Desk. Sign in to TJ Desk on this computer to export it again.</source>
        <translation>ปฏิเสธ: รายชื่อ​เจ้าหน้าที่​ใน​โฟลเดอร์​สัญญาณ​เตือน​หาย​ไป หรือ​ถูก​เปลี่ยน​จาก​ภายนอก TJ Desk โปรด​เข้าสู่ระบบ TJ Desk บน​คอมพิวเตอร์​เครื่อง​นี้​เพื่อ​ส่งออก​รายชื่อ​อีกครั้ง</translation>
    </message>
    <message>
        <source>%1 is a link, belongs to another user or is open to others; the alarm service will not use it. Remove it, or ask the computer&apos;s administrator to.</source>
        <translation>%1 เป็น​ลิงก์ เป็น​ของ​ผู้ใช้​อื่น หรือ​ผู้อื่น​เข้าถึง​ได้ ระบบ​สัญญาณ​ฉุกเฉิน​จะ​ไม่​ใช้ โปรด​ลบ​ออก หรือ​ขอให้​ผู้ดูแล​คอมพิวเตอร์​ลบ​ให้</translation>
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
        <translation>ระบบสัญญาณฉุกเฉิน: serve, test, status, stop</translation>
    </message>
    <message>
        <source>The panic alarm runs in its own process. &apos;serve&apos; is that process; the app starts it if it is not running.</source>
        <translation>สัญญาณฉุกเฉินทำงานในโพรเซสของตัวเอง &apos;serve&apos; คือโพรเซสนั้น โปรแกรมจะเริ่มให้เองหากยังไม่ทำงาน</translation>
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
        <source>join the shelter&apos;s alarm network with this station folder (from &apos;tjdesk network add-station&apos;; default: the one in alarm.json)</source>
        <translation>เข้าร่วมเครือข่ายสัญญาณฉุกเฉินของสถานคุ้มครองด้วยโฟลเดอร์สถานีนี้ (จาก &apos;tjdesk network add-station&apos; ค่าเริ่มต้น: โฟลเดอร์ที่ระบุใน alarm.json)</translation>
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
        <translation>หยุดระบบ (ปุ่มฉุกเฉินของห้องจะใช้งานไม่ได้จนกว่าระบบจะทำงานอีกครั้ง)</translation>
    </message>
    <message>
        <source>who stops it: signs in to the vault and signs the request (needed wherever the vault has exported its staff roster)</source>
        <translation>ผู้หยุดบริการ: เข้าสู่ที่เก็บข้อมูลเข้ารหัสและลงลายมือชื่อในคำขอ (จำเป็นเมื่อที่เก็บข้อมูลส่งออกรายชื่อเจ้าหน้าที่แล้ว)</translation>
    </message>
    <message>
        <source>the vault folder (default: the user data folder)</source>
        <translation>โฟลเดอร์ของที่เก็บข้อมูลเข้ารหัส (ค่าเริ่มต้น: โฟลเดอร์ข้อมูลของผู้ใช้)</translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation>อ่านรหัสผ่านจากอินพุตมาตรฐาน</translation>
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
        <translation>ปุ่มฉุกเฉินพร้อมใช้งาน: ใช่</translation>
    </message>
    <message>
        <source>Protected: NO - the room is not protected</source>
        <translation>ปุ่มฉุกเฉินพร้อมใช้งาน: ไม่ - ปุ่มฉุกเฉินของห้องนี้ใช้งานไม่ได้</translation>
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
        <source>This head was exported from another vault.</source>
        <translation>รายการล่าสุดนี้ส่งออกมาจากที่เก็บข้อมูลเข้ารหัสอื่น</translation>
    </message>
    <message>
        <source>Compared with the head kept in %1 (entry %2, %3).</source>
        <translation>เทียบกับรายการล่าสุดที่เก็บไว้ใน %1 (รายการที่ %2, %3)</translation>
    </message>
    <message>
        <source>The file already exists: %1</source>
        <translation>มีไฟล์นี้อยู่แล้ว: %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; nothing was written.</source>
        <translation>ไม่มีโฟลเดอร์ %1 จึงไม่ได้เขียนสิ่งใด</translation>
    </message>
    <message>
        <source>The head could not be written to %1: %2</source>
        <translation>เขียนรายการล่าสุดไปยัง %1 ไม่ได้: %2</translation>
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
        <source>--other-vault goes with --replace.</source>
        <translation>ต้องใช้ --other-vault (ใช้ที่เก็บข้อมูลอื่น) คู่กับ --replace</translation>
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
        <source>Replacing a vault needs one of its administrators to sign in: give --admin NAME. Nothing was replaced.</source>
        <translation>การแทนที่ที่เก็บข้อมูลเข้ารหัสต้องให้ผู้ดูแลระบบของที่เก็บข้อมูลนั้นเข้าสู่ระบบ โปรดระบุ --admin ชื่อ ไม่มีการแทนที่ใด ๆ</translation>
    </message>
    <message>
        <source>Password for %1 (the vault being replaced): </source>
        <translation>รหัสผ่านของ %1 (ที่เก็บข้อมูลเข้ารหัสที่จะถูกแทนที่): </translation>
    </message>
    <message>
        <source>Only an administrator of this vault can replace it. Nothing was replaced.</source>
        <translation>เฉพาะผู้ดูแลระบบของที่เก็บข้อมูลเข้ารหัสนี้เท่านั้นที่แทนที่ได้ ไม่มีสิ่งใดถูกแทนที่</translation>
    </message>
    <message>
        <source>This backup is of another vault, not of the one in %1. Nothing was replaced. To put that other vault in its place anyway (this one is kept beside it, not deleted), add --other-vault.</source>
        <translation>ข้อมูลสำรองนี้เป็นของที่เก็บข้อมูลเข้ารหัสอื่น ไม่ใช่ของที่เก็บข้อมูลใน %1 ไม่มีสิ่งใดถูกแทนที่ หากต้องการนำที่เก็บข้อมูลอื่นนั้นมาแทนที่ (ที่เก็บข้อมูลนี้จะถูกเก็บไว้ข้างกัน ไม่ถูกลบ) ให้เพิ่ม --other-vault</translation>
    </message>
    <message>
        <source>This backup is of another vault. Nothing was replaced.</source>
        <translation>ข้อมูลสำรองนี้เป็นของที่เก็บข้อมูลเข้ารหัสอื่น ไม่มีสิ่งใดถูกแทนที่</translation>
    </message>
    <message>
        <source>--other-vault: a different vault takes this one&apos;s place. Its own users and passwords apply from now on; this vault is kept beside it, not deleted.</source>
        <translation>--other-vault: ที่เก็บข้อมูลเข้ารหัสอื่นจะใช้แทนที่เก็บข้อมูลนี้ ผู้ใช้และรหัสผ่านของที่เก็บข้อมูลนั้นจะมีผลตั้งแต่นี้ไป ที่เก็บข้อมูลเดิมจะเก็บไว้ข้าง ๆ ไม่ถูกลบ</translation>
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
        <source>the alarm network&apos;s broker folder (on the broker&apos;s computer): also check that its ACL holds this station&apos;s lines</source>
        <translation>โฟลเดอร์ของโบรกเกอร์เครือข่ายสัญญาณฉุกเฉิน (บนคอมพิวเตอร์ของโบรกเกอร์): ตรวจด้วยว่า ACL มีบรรทัดของสถานีนี้ครบ</translation>
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
        <translation>  ที่เก็บกุญแจของผู้ใช้: %1 (ผู้ใช้ที่ถูกระงับ: %2)</translation>
    </message>
    <message>
        <source>  Argon2id for new slots: m=%1 KiB, t=%2, p=%3</source>
        <translation>  Argon2id สำหรับที่เก็บกุญแจของผู้ใช้ใหม่: m=%1 KiB, t=%2, p=%3</translation>
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
        <source>Alarm network:</source>
        <translation>เครือข่ายสัญญาณฉุกเฉิน:</translation>
    </message>
    <message>
        <source>  not joined (Administration &gt; Alarm network)</source>
        <translation>  ยังไม่ได้เข้าร่วม (การดูแลระบบ &gt; เครือข่ายสัญญาณฉุกเฉิน)</translation>
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
        <source>Could not write the recovery identity file; here it is instead:</source>
        <translation>เขียนไฟล์ตัวตนสำหรับกู้คืนไม่ได้ จึงแสดงไว้ที่นี่แทน:</translation>
    </message>
    <message>
        <source>Recovery identity written to %1</source>
        <translation>เขียนตัวตนสำหรับกู้คืนไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Recovery key (shown only now; keep it in a safe place):</source>
        <translation>กุญแจกู้คืน (แสดงเพียงครั้งนี้ โปรดเก็บไว้ในที่ปลอดภัย):</translation>
    </message>
    <message>
        <source>Recovery identity (shown only now; keep it with the recovery key):</source>
        <translation>ตัวตนสำหรับกู้คืน (แสดงเพียงครั้งนี้ โปรดเก็บไว้คู่กับกุญแจกู้คืน):</translation>
    </message>
    <message>
        <source>Root signing key fingerprint (write it beside the recovery key; &apos;tjdesk audit verify&apos; shows it): %1</source>
        <translation>ลายนิ้วมือของกุญแจหลักสำหรับลงลายมือชื่อ (จดไว้คู่กับกุญแจกู้คืน คำสั่ง &apos;tjdesk audit verify&apos; จะแสดงค่านี้): %1</translation>
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
        <translation>หลอดไฟเสีย</translation>
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
        <source>If %1 could have kept a copy of the key file, change the vault&apos;s key now (&apos;tjdesk rotate-key&apos;): after that no old copy opens anything.</source>
        <translation>หาก %1 อาจเก็บสำเนาไฟล์กุญแจไว้ โปรดเปลี่ยนกุญแจของที่เก็บข้อมูลเข้ารหัสทันที (&apos;tjdesk rotate-key&apos;) หลังจากนั้นสำเนาเก่าจะเปิดสิ่งใดไม่ได้อีก</translation>
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
    <message>
        <source>The recovery identity file must be new, in an existing folder: %1</source>
        <translation>ไฟล์ตัวตนสำหรับกู้คืนต้องเป็นไฟล์ใหม่ ในโฟลเดอร์ที่มีอยู่แล้ว: %1</translation>
    </message>
    <message>
        <source>Only an administrator can make the recovery identity.</source>
        <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่สร้างตัวตนสำหรับกู้คืนได้</translation>
    </message>
    <message>
        <source>Sections sealed: %1</source>
        <translation>จำนวนส่วนที่ปิดผนึกแล้ว: %1</translation>
    </message>
    <message>
        <source>Could not read the recovery identity from %1</source>
        <translation>ไม่สามารถอ่านตัวตนสำหรับกู้คืนจาก %1 ได้</translation>
    </message>
    <message>
        <source>The recovery identity is confirmed and certified: sealed parts of cases can be saved again.</source>
        <translation>ยืนยันและรับรองตัวตนสำหรับกู้คืนแล้ว: บันทึกส่วนที่ปิดผนึกของกรณีได้อีกครั้ง</translation>
    </message>
    <message>
        <source>Station %1 (%2) of site %3, broker %4</source>
        <translation>สถานี %1 (%2) ของสถานที่ %3 โบรกเกอร์ %4</translation>
    </message>
    <message>
        <source>Unreadable: %1</source>
        <translation>อ่านไม่ได้: %1</translation>
    </message>
    <message>
        <source>The station certificate expired.</source>
        <translation>ใบรับรองของสถานีหมดอายุแล้ว</translation>
    </message>
    <message>
        <source>Certificate valid for %1 more days</source>
        <translation>ใบรับรองใช้ได้อีก %1 วัน</translation>
    </message>
    <message>
        <source>Certificate issued by the site&apos;s CA</source>
        <translation>ใบรับรองออกโดยผู้ออกใบรับรองของสถานที่นี้</translation>
    </message>
    <message>
        <source>The certificate is NOT from this site&apos;s CA.</source>
        <translation>ใบรับรองนี้ไม่ได้ออกโดยผู้ออกใบรับรองของสถานที่นี้</translation>
    </message>
    <message>
        <source>Key matches the certificate</source>
        <translation>กุญแจตรงกับใบรับรอง</translation>
    </message>
    <message>
        <source>station.key does NOT belong to station.crt.</source>
        <translation>station.key ไม่ตรงกับ station.crt</translation>
    </message>
    <message>
        <source>The broker&apos;s ACL %1 cannot be read.</source>
        <translation>ไม่สามารถอ่าน ACL ของโบรกเกอร์ %1 ได้</translation>
    </message>
    <message>
        <source>The broker&apos;s ACL %1 has no lines for the station %2: it was revoked, or added at another broker folder.</source>
        <translation>ACL ของโบรกเกอร์ %1 ไม่มีบรรทัดของสถานี %2: สถานีถูกเพิกถอนแล้ว หรือถูกเพิ่มไว้ที่โฟลเดอร์โบรกเกอร์อื่น</translation>
    </message>
    <message>
        <source>The broker&apos;s ACL %1 lacks for the station %2: %3</source>
        <translation>ACL ของโบรกเกอร์ %1 ขาดบรรทัดของสถานี %2: %3</translation>
    </message>
    <message>
        <source>The broker&apos;s ACL %1 has the lines of %2</source>
        <translation>ACL ของโบรกเกอร์ %1 มีบรรทัดของ %2 ครบ</translation>
    </message>
    <message>
        <source>The broker refuses the station %1: %2</source>
        <translation>โบรกเกอร์ปฏิเสธสถานี %1: %2</translation>
    </message>
    <message>
        <source>The broker&apos;s ACL does not give the station %1 its rights (%2). Add it with &apos;tjdesk network add-station&apos; at the broker, then restart the broker (systemctl restart tjdesk-broker) so that it reads its ACL again.</source>
        <translation>ACL ของโบรกเกอร์ไม่ได้ให้สิทธิ์แก่สถานี %1 (%2) โปรดเพิ่มสถานีด้วย &apos;tjdesk network add-station&apos; ที่โบรกเกอร์ แล้วเริ่มโบรกเกอร์ใหม่ (systemctl restart tjdesk-broker) เพื่อให้โบรกเกอร์อ่าน ACL อีกครั้ง</translation>
    </message>
    <message>
        <source>The broker&apos;s ACL does not let the station %1 read the site: its own test message never came back, so it would receive no alarm. Add it with &apos;tjdesk network add-station&apos; at the broker, then restart the broker (systemctl restart tjdesk-broker) so that it reads its ACL again.</source>
        <translation>ACL ของโบรกเกอร์ไม่อนุญาตให้สถานี %1 อ่านข้อมูลของสถานที่ ข้อความทดสอบของสถานีเองไม่ได้ส่งกลับมา สถานีนี้จึงจะไม่ได้รับสัญญาณเตือนใด ๆ โปรดเพิ่มสถานีด้วย &apos;tjdesk network add-station&apos; ที่โบรกเกอร์ แล้วเริ่มโบรกเกอร์ใหม่ (systemctl restart tjdesk-broker) เพื่อให้โบรกเกอร์อ่าน ACL อีกครั้ง</translation>
    </message>
    <message>
        <source>The broker takes the certificate of %1, but nothing on the site could be read yet, so its right to read was not seen. Check again once a room or desk station is connected.</source>
        <translation>โบรกเกอร์ยอมรับใบรับรองของ %1 แต่ยังไม่มีข้อมูลของสถานที่ให้อ่าน จึงยังไม่เห็นว่ามีสิทธิ์อ่านหรือไม่ โปรดตรวจอีกครั้งเมื่อมีสถานีห้องหรือสถานีโต๊ะเชื่อมต่อแล้ว</translation>
    </message>
    <message>
        <source>The broker lets %1 read the site and write its own topics</source>
        <translation>โบรกเกอร์อนุญาตให้ %1 อ่านข้อมูลของสถานที่และเขียนหัวข้อของตนเองได้</translation>
    </message>
    <message>
        <source>The broker lets %1 read the site</source>
        <translation>โบรกเกอร์อนุญาตให้ %1 อ่านข้อมูลของสถานที่ได้</translation>
    </message>
    <message>
        <source>The broker %1 does not answer: %2</source>
        <translation>โบรกเกอร์ %1 ไม่ตอบสนอง: %2</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is refused: %1</source>
        <translation>ใบรับรองของโบรกเกอร์ไม่ผ่านการตรวจสอบ: %1</translation>
    </message>
    <message>
        <source>The broker %1:%2 does not answer: %3</source>
        <translation>โบรกเกอร์ %1:%2 ไม่ตอบสนอง: %3</translation>
    </message>
    <message>
        <source>Broker reachable (%1)</source>
        <translation>ติดต่อโบรกเกอร์ได้ (%1)</translation>
    </message>
    <message>
        <source>the shelter&apos;s alarm network: broker files and stations</source>
        <translation>เครือข่ายสัญญาณฉุกเฉินของสถานคุ้มครอง: ไฟล์ของโบรกเกอร์และสถานี</translation>
    </message>
    <message>
        <source>Every desk sees every room&apos;s alarm through the shelter&apos;s own Mosquitto broker. Run these on the computer that keeps the broker&apos;s folder.</source>
        <translation>ทุกโต๊ะเจ้าหน้าที่จะเห็นสัญญาณฉุกเฉินของทุกห้องผ่านโบรกเกอร์ Mosquitto ของสถานคุ้มครองเอง โปรดสั่งคำสั่งเหล่านี้บนคอมพิวเตอร์ที่เก็บโฟลเดอร์ของโบรกเกอร์</translation>
    </message>
    <message>
        <source>write the certificate authority, broker certificate, mosquitto.conf and ACL</source>
        <translation>สร้างผู้ออกใบรับรอง ใบรับรองของโบรกเกอร์ mosquitto.conf และ ACL</translation>
    </message>
    <message>
        <source>the name or address stations use to reach the broker (more, comma-separated, go into its certificate too)</source>
        <translation>ชื่อหรือที่อยู่ที่สถานีใช้ติดต่อโบรกเกอร์ (หากมีหลายชื่อ ให้คั่นด้วยจุลภาค ทุกชื่อจะอยู่ในใบรับรองด้วย)</translation>
    </message>
    <message>
        <source>listen on this address only (default: every address)</source>
        <translation>รับการเชื่อมต่อที่ที่อยู่นี้เท่านั้น (ค่าเริ่มต้น: ทุกที่อยู่)</translation>
    </message>
    <message>
        <source>issue a station&apos;s certificate and add it to the ACL</source>
        <translation>ออกใบรับรองให้สถานีและเพิ่มสถานีลงใน ACL</translation>
    </message>
    <message>
        <source>the room a room station owns (one per station)</source>
        <translation>ห้องที่สถานีประจำห้องดูแล (สถานีละหนึ่งห้อง)</translation>
    </message>
    <message>
        <source>shown on screens</source>
        <translation>ชื่อที่แสดงบนหน้าจอ</translation>
    </message>
    <message>
        <source>take a station out of the ACL and revoke its certificate</source>
        <translation>นำสถานีออกจาก ACL และเพิกถอนใบรับรอง</translation>
    </message>
    <message>
        <source>Alarm network for site %1 written to %2.</source>
        <translation>สร้างเครือข่ายสัญญาณฉุกเฉินของสถานที่ %1 ไว้ที่ %2 แล้ว</translation>
    </message>
    <message>
        <source>Start the broker with:</source>
        <translation>เริ่มโบรกเกอร์ด้วยคำสั่ง:</translation>
    </message>
    <message>
        <source>To start it with the computer: packaging/linux/tjdesk-broker.service (systemd) or packaging/windows/tjdesk-broker-service.cmd (Windows); see docs/NETWORK.md.</source>
        <translation>หากต้องการให้เริ่มพร้อมคอมพิวเตอร์: packaging/linux/tjdesk-broker.service (systemd) หรือ packaging/windows/tjdesk-broker-service.cmd (Windows) ดูรายละเอียดใน docs/NETWORK.md</translation>
    </message>
    <message>
        <source>Keep %1 secret: whoever has it can let any computer join the network.</source>
        <translation>โปรดเก็บ %1 เป็นความลับ ผู้ที่มีไฟล์นี้สามารถให้คอมพิวเตอร์เครื่องใดก็ได้เข้าร่วมเครือข่าย</translation>
    </message>
    <message>
        <source>Next: tjdesk network add-station STATION ... for each computer.</source>
        <translation>ขั้นต่อไป: tjdesk network add-station STATION ... สำหรับคอมพิวเตอร์แต่ละเครื่อง</translation>
    </message>
    <message>
        <source>Station %1 (%2) written to %3.</source>
        <translation>สร้างสถานี %1 (%2) ไว้ที่ %3 แล้ว</translation>
    </message>
    <message>
        <source>Copy that folder to the station&apos;s computer (station.key is its secret) and join with: tjdesk alarm serve --network %1, or on the Network page.</source>
        <translation>โปรดคัดลอกโฟลเดอร์นั้นไปยังคอมพิวเตอร์ของสถานี (station.key เป็นความลับของสถานี) แล้วเข้าร่วมด้วยคำสั่ง tjdesk alarm serve --network %1 หรือที่หน้าเครือข่ายสัญญาณฉุกเฉิน</translation>
    </message>
    <message>
        <source>The broker reads the new ACL when it restarts or gets SIGHUP.</source>
        <translation>โบรกเกอร์จะอ่าน ACL ใหม่เมื่อเริ่มใหม่หรือได้รับ SIGHUP</translation>
    </message>
    <message>
        <source>Station %1 revoked: it is out of the ACL and its certificate is on the CRL.</source>
        <translation>เพิกถอนสถานี %1 แล้ว: นำออกจาก ACL และใส่ใบรับรองไว้ในรายการเพิกถอน (CRL) แล้ว</translation>
    </message>
    <message>
        <source>Restart the broker so that it refuses the station at once.</source>
        <translation>โปรดเริ่มโบรกเกอร์ใหม่เพื่อให้ปฏิเสธสถานีนี้ทันที</translation>
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
        <translation>ค่า​สัญญาณ​ฉุกเฉิน %1 ต้อง​เป็น​จำนวนเต็ม​ตั้งแต่ %2 ถึง %3</translation>
    </message>
    <message>
        <source>The alarm settings are not an object.</source>
        <translation>การ​ตั้งค่า​สัญญาณ​ฉุกเฉิน​ไม่​ใช่​ออบเจ็กต์</translation>
    </message>
    <message>
        <source>Alarm setting devices must be a list of device specs.</source>
        <translation>ค่า devices ของ​สัญญาณ​ฉุกเฉิน​ต้อง​เป็น​รายการ​ข้อกำหนด​อุปกรณ์</translation>
    </message>
    <message>
        <source>A device is listed twice.</source>
        <translation>มี​อุปกรณ์​ซ้ำ​กัน​ใน​รายการ</translation>
    </message>
    <message>
        <source>The room name must be plain text of at most %1 letters.</source>
        <translation>ชื่อ​ห้อง​ต้อง​เป็น​ข้อความ​ธรรมดา​ไม่​เกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>Alarm setting silent must be true or false.</source>
        <translation>ค่า silent ของ​สัญญาณ​ฉุกเฉิน​ต้อง​เป็น true หรือ false</translation>
    </message>
    <message>
        <source>The second escalation step must come after the first (%1 s).</source>
        <translation>การ​แจ้ง​เตือน​ขั้น​ที่สอง​ต้อง​มา​หลัง​ขั้น​ที่หนึ่ง (%1 วินาที)</translation>
    </message>
    <message>
        <source>Alarm setting network must be a station folder.</source>
        <translation>การ​ตั้งค่า network ของ​สัญญาณ​ฉุกเฉิน​ต้อง​เป็น​โฟลเดอร์​สถานี</translation>
    </message>
    <message>
        <source>The alarm settings file cannot be read: %1</source>
        <translation>อ่าน​ไฟล์​การ​ตั้งค่า​สัญญาณ​ฉุกเฉิน​ไม่​ได้: %1</translation>
    </message>
    <message>
        <source>The alarm settings file is not valid JSON (line %1).</source>
        <translation>ไฟล์​การ​ตั้งค่า​สัญญาณ​ฉุกเฉิน​ไม่​ใช่ JSON ที่​ถูกต้อง (บรรทัด​ที่ %1)</translation>
    </message>
    <message>
        <source>This file is not a TJ Desk backup, or it is damaged or incomplete. Nothing was replaced.</source>
        <translation>ไฟล์​นี้​ไม่​ใช่​ข้อมูล​สำรอง​ของ TJ Desk หรือ​เสียหาย​หรือไม่​ครบ ไม่​มี​การแทนที่​ใด ๆ</translation>
    </message>
    <message>
        <source>Only a backup file can be restored; %1 is a folder, a device or a pipe. Nothing was replaced.</source>
        <translation>กู้​คืน​ได้​เฉพาะ​ไฟล์​ข้อมูล​สำรอง​เท่านั้น %1 เป็น​โฟลเดอร์ อุปกรณ์ หรือ​ไปป์ ไม่​มี​สิ่งใด​ถูก​แทนที่</translation>
    </message>
    <message>
        <source>This password or recovery key does not open the backup (a backup opens with the passwords of the day it was made). Nothing was replaced.</source>
        <translation>รหัสผ่าน​หรือ​กุญแจ​กู้​คืนนี้​เปิด​ข้อมูล​สำรอง​ไม่​ได้ (ข้อมูล​สำรอง​เปิด​ด้วย​รหัสผ่าน ณ วันที่​สำรอง) ไม่​มี​การแทนที่​ใด ๆ</translation>
    </message>
    <message>
        <source>The backup did not pass its checks (damaged pages or missing rows). Nothing was replaced.</source>
        <translation>ข้อมูล​สำรอง​ไม่​ผ่าน​การ​ตรวจสอบ (หน้า​เสียหาย​หรือ​แถว​ขาดหาย) ไม่​มี​การแทนที่​ใด ๆ</translation>
    </message>
    <message>
        <source>The backup file already exists.</source>
        <translation>มี​ไฟล์​ข้อมูล​สำรอง​นี้​อยู่แล้ว</translation>
    </message>
    <message>
        <source>The backup folder does not exist.</source>
        <translation>ไม่​มี​โฟลเดอร์​สำรอง​ข้อมูล​นี้</translation>
    </message>
    <message>
        <source>Restore into a new, empty folder. Nothing was replaced.</source>
        <translation>โปรด​กู้​คืน​ลง​ใน​โฟลเดอร์​ใหม่​ที่ว่างเปล่า ไม่​มี​การแทนที่​ใด ๆ</translation>
    </message>
    <message>
        <source>Give a user and password, or the recovery key.</source>
        <translation>โปรด​ระบุ​ผู้ใช้​และ​รหัสผ่าน หรือ​กุญแจ​กู้​คืน</translation>
    </message>
    <message>
        <source>That folder holds no restored vault.</source>
        <translation>โฟลเดอร์​นั้น​ไม่​มี​ที่เก็บ​ข้อมูล​เข้ารหัส​ที่​กู้​คืน</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>ไม่​มี​กรณี​นี้</translation>
    </message>
    <message>
        <source>There is no such session.</source>
        <translation>ไม่​มี​การ​ให้คำปรึกษา​นี้</translation>
    </message>
    <message>
        <source>You may not see or change this part of the case (%1). Ask the case worker.</source>
        <translation>คุณ​ไม่​มีสิทธิ์​ดูหรือ​แก้ไข​ส่วน​นี้​ของ​กรณี (%1) โปรด​ติดต่อ​ผู้รับผิดชอบ​กรณี</translation>
    </message>
    <message>
        <source>Someone else changed this case while you were editing it. Your changes were not saved; please open it again.</source>
        <translation>มี​ผู้อื่น​แก้ไข​กรณี​นี้​ขณะที่​คุณ​กำลัง​แก้ไข​อยู่ การเปลี่ยนแปลง​ของ​คุณ​ยัง​ไม่​ได้​บันทึก โปรด​เปิด​กรณี​นี้​ใหม่</translation>
    </message>
    <message>
        <source>There is no such staff member.</source>
        <translation>ไม่​มี​เจ้าหน้าที่​คน​นี้</translation>
    </message>
    <message>
        <source>Reception staff and disabled users cannot join a case team.</source>
        <translation>เจ้าหน้าที่​ต้อนรับ​และ​ผู้ใช้​ที่​ถูก​ระงับ​ไม่​สามารถ​เข้าร่วม​ทีม​ดูแล​กรณี​ได้</translation>
    </message>
    <message>
        <source>A case needs at least one assigned case worker.</source>
        <translation>กรณี​ต้อง​มี​ผู้รับผิดชอบ​กรณี​อย่าง​น้อย​หนึ่ง​คน</translation>
    </message>
    <message>
        <source>This draft is too long to keep.</source>
        <translation>ฉบับร่าง​นี้​ยาว​เกิน​กว่า​จะ​เก็บ​ไว้​ได้</translation>
    </message>
    <message>
        <source>Unknown way of printing.</source>
        <translation>ไม่​รู้จัก​วิธี​พิมพ์​นี้</translation>
    </message>
    <message>
        <source>Someone else changed this session while you were editing it. Your changes were not saved; please open it again.</source>
        <translation>มี​ผู้อื่น​แก้ไข​การ​ให้คำปรึกษา​นี้​ขณะที่​คุณ​กำลัง​แก้ไข​อยู่ การเปลี่ยนแปลง​ของ​คุณ​ยัง​ไม่​ได้​บันทึก โปรด​เปิด​ใหม่​อีกครั้ง</translation>
    </message>
    <message>
        <source>This part of a session has no notes.</source>
        <translation>ส่วน​นี้​ของ​การ​ให้คำปรึกษา​ไม่​มี​บันทึก</translation>
    </message>
    <message>
        <source>A chosen counsellor is not a staff member.</source>
        <translation>ผู้ให้คำปรึกษา​ที่​เลือก​ไม่​ใช่​เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Someone else saved this note while you were writing. Your text was NOT written over theirs: both versions are kept. Please open the note, compare the two versions and save again.</source>
        <translation>มี​ผู้อื่น​บันทึก​บันทึก​นี้​ขณะที่​คุณ​กำลัง​เขียน ข้อความ​ของ​คุณ &quot;ไม่​ได้&quot; เขียน​ทับ​ของ​ผู้อื่น ทั้งสอง​ฉบับ​ถูก​เก็บ​ไว้ โปรด​เปิด​บันทึก เปรียบเทียบ​ทั้งสอง​ฉบับ แล้ว​บันทึก​อีกครั้ง</translation>
    </message>
    <message>
        <source>A time was given without its time zone.</source>
        <translation>มี​การ​ระบุ​เวลา​โดย​ไม่​มี​เขต​เวลา</translation>
    </message>
    <message>
        <source>Please choose the case this session belongs to.</source>
        <translation>โปรด​เลือก​กรณี​ของ​การ​ให้คำปรึกษา​นี้</translation>
    </message>
    <message>
        <source>Please enter when the session started.</source>
        <translation>โปรด​ระบุ​เวลาเริ่ม​การ​ให้คำปรึกษา</translation>
    </message>
    <message>
        <source>Please enter when the session ended.</source>
        <translation>โปรด​ระบุ​เวลา​สิ้นสุด​การ​ให้คำปรึกษา</translation>
    </message>
    <message>
        <source>The session ends before it starts. Please check the start and end times.</source>
        <translation>เวลา​สิ้นสุด​อยู่​ก่อน​เวลาเริ่ม โปรด​ตรวจสอบ​เวลาเริ่ม​และ​เวลา​สิ้นสุด</translation>
    </message>
    <message>
        <source>The session would last more than a day. Please check the dates.</source>
        <translation>การ​ให้คำปรึกษา​จะ​ยาว​เกิน​หนึ่ง​วัน โปรด​ตรวจสอบ​วันที่</translation>
    </message>
    <message>
        <source>Please choose how you were in contact (call, in person, visit...).</source>
        <translation>โปรด​เลือก​ช่อง​ทางการ​ติดต่อ (โทรศัพท์ พบ​ตัว เยี่ยม​บ้าน...)</translation>
    </message>
    <message>
        <source>The follow-up date is in the past. Please choose today or a later day.</source>
        <translation>วัน​นัด​ติดตาม​ผล​ผ่าน​ไป​แล้ว โปรด​เลือก​วันนี้​หรือ​วัน​หลังจากนี้</translation>
    </message>
    <message>
        <source>The alias is too long: please keep it under %1 characters.</source>
        <translation>นามแฝง​ยาว​เกินไป โปรด​ใช้​ไม่​เกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>The text in “%1” is too long.</source>
        <translation>ข้อ​ความใน “%1” ยาว​เกินไป</translation>
    </message>
    <message>
        <source>A consent to share ends on a day that has already passed. Please check it.</source>
        <translation>ความยินยอม​ให้​เปิดเผย​ข้อมูล​สิ้นสุด​ใน​วันที่​ผ่าน​ไป​แล้ว โปรด​ตรวจสอบ</translation>
    </message>
    <message>
        <source>The case cannot be opened on a future day.</source>
        <translation>เปิด​กรณี​ใน​วันที่​ยัง​มา​ไม่​ถึง​ไม่​ได้</translation>
    </message>
    <message>
        <source>The session starts in the future. Please record it once it has happened.</source>
        <translation>การ​ให้คำปรึกษา​เริ่ม​ในอนาคต โปรด​บันทึก​หลังจาก​เกิดขึ้น​แล้ว</translation>
    </message>
    <message>
        <source>This account has been used, so it cannot be removed (the audit trail names it). Disable it instead.</source>
        <translation>บัญชี​นี้​เคย​ถูก​ใช้งาน​แล้ว จึง​ลบ​ไม่​ได้ (บันทึก​การ​ตรวจสอบ​อ้าง​ถึง​บัญชี​นี้) กรุณา​ปิด​ใช้งาน​แทน</translation>
    </message>
    <message>
        <source>Your account&apos;s new signing key is waiting for another administrator to sign in and certify it. Until then you cannot add or change users. Nothing was changed.</source>
        <translation>กุญแจ​ลงลายมือชื่อ​ใหม่​ของ​บัญชี​คุณ​กำลัง​รอ​ให้​ผู้ดูแล​ระบบ​อีก​คน​เข้าสู่ระบบ​และ​รับรอง ระหว่าง​นี้​คุณ​ยัง​เพิ่ม​หรือ​แก้ไข​ผู้​ใช้ไม่ได้ ไม่​มี​การเปลี่ยนแปลง​ใด ๆ</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>โปรด​เข้าสู่ระบบ​ก่อน</translation>
    </message>
    <message>
        <source>There is already a user with this name.</source>
        <translation>มี​ผู้ใช้​ชื่อ​นี้​อยู่แล้ว</translation>
    </message>
    <message>
        <source>You cannot disable yourself.</source>
        <translation>คุณ​ระงับ​การใช้งาน​ของ​ตัวเอง​ไม่​ได้</translation>
    </message>
    <message>
        <source>The last administrator cannot be disabled.</source>
        <translation>ระงับ​การใช้งาน​ผู้ดูแล​ระบบ​คน​สุดท้าย​ไม่​ได้</translation>
    </message>
    <message>
        <source>This user is disabled: enable the account instead.</source>
        <translation>ผู้ใช้​นี้​ถูก​ระงับ​การใช้งาน​อยู่ โปรด​เปิด​ใช้งาน​บัญชี​แทน</translation>
    </message>
    <message>
        <source>The last administrator must stay an administrator.</source>
        <translation>ผู้ดูแล​ระบบ​คน​สุดท้าย​ต้อง​เป็น​ผู้ดูแล​ระบบ​ต่อไป</translation>
    </message>
    <message>
        <source>You cannot remove yourself.</source>
        <translation>คุณ​ไม่​สามารถ​ลบ​บัญชี​ของ​ตนเอง​ได้</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>รหัสผ่าน​ใหม่​ต้อง​ไม่​ซ้ำ​กับ​รหัสผ่าน​เดิม</translation>
    </message>
    <message>
        <source>Only an administrator can manage users.</source>
        <translation>เฉพาะ​ผู้ดูแล​ระบบ​เท่านั้น​ที่​จัดการ​ผู้​ใช้ได้</translation>
    </message>
    <message>
        <source>There is no user with this name.</source>
        <translation>ไม่​มี​ผู้ใช้​ชื่อ​นี้</translation>
    </message>
    <message>
        <source>A display name is at most 100 printable characters.</source>
        <translation>ชื่อ​ที่​แสดง​มี​ได้​ไม่​เกิน 100 ตัวอักษร​ที่​พิมพ์​ได้</translation>
    </message>
    <message>
        <source>The vault is damaged: some of its pages fail their checks. Nothing was changed. Restore the latest backup (see the administrator&apos;s guide).</source>
        <translation>ที่เก็บ​ข้อมูล​เข้ารหัส​เสียหาย: บาง​หน้า​ไม่​ผ่าน​การ​ตรวจสอบ ไม่​มี​การเปลี่ยนแปลง​ใด ๆ โปรด​กู้​คืน​จาก​ข้อมูล​สำรอง​ล่าสุด (ดู​คู่มือ​ผู้ดูแล​ระบบ)</translation>
    </message>
    <message>
        <source>There is no vault database in this folder: %1</source>
        <translation>ไม่​มี​ฐานข้อมูล​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส​ใน​โฟลเดอร์​นี้: %1</translation>
    </message>
    <message>
        <source>A vault already exists in this folder: %1</source>
        <translation>มี​ที่เก็บ​ข้อมูล​เข้ารหัส​อยู่​ใน​โฟลเดอร์​นี้​แล้ว: %1</translation>
    </message>
    <message>
        <source>The vault could not be opened: the key is wrong, or the file is damaged or is not a TJ Desk vault. Nothing was changed.</source>
        <translation>เปิด​ที่เก็บ​ข้อมูล​เข้ารหัส​ไม่​ได้: กุญแจ​ไม่​ถูกต้อง หรือ​ไฟล์​เสียหาย หรือไม่​ใช่​ที่เก็บ​ข้อมูล​ของ TJ Desk ไม่​มี​การเปลี่ยนแปลง​ใด ๆ</translation>
    </message>
    <message>
        <source>This SQLCipher version is not supported: %1</source>
        <translation>ไม่​รองรับ SQLCipher รุ่น​นี้: %1</translation>
    </message>
    <message>
        <source>Temporary data would be written to disk; refusing.</source>
        <translation>ข้อมูล​ชั่วคราว​จะ​ถูก​เขียน​ลง​ดิสก์ จึง​ไม่​ดำเนินการ</translation>
    </message>
    <message>
        <source>The vault could not switch to its safe journal mode.</source>
        <translation>ที่เก็บ​ข้อมูล​เข้ารหัส​เปลี่ยนเป็น​โหมด​บันทึก​ที่​ปลอดภัย​ไม่​ได้</translation>
    </message>
    <message>
        <source>A vault safety setting did not hold: %1</source>
        <translation>การ​ตั้งค่า​ความปลอดภัย​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส​ไม่​มีผล: %1</translation>
    </message>
    <message>
        <source>There is no vault in this folder yet.</source>
        <translation>ยัง​ไม่​มี​ที่เก็บ​ข้อมูล​เข้ารหัส​ใน​โฟลเดอร์​นี้</translation>
    </message>
    <message>
        <source>This folder already holds a vault; nothing was changed.</source>
        <translation>โฟลเดอร์​นี้​มี​ที่เก็บ​ข้อมูล​เข้ารหัส​อยู่แล้ว ไม่​มี​การเปลี่ยนแปลง​ใด ๆ</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is missing. Put it back from a backup, or open the vault with its recovery key.</source>
        <translation>ไม่​พบ​ไฟล์​กุญแจ​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส โปรด​นำ​กลับ​มาจาก​ข้อมูล​สำรอง หรือ​เปิด​ด้วย​กุญแจ​กู้​คืน</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged. Put it back from a backup, or open the vault with its recovery key.</source>
        <translation>ไฟล์​กุญแจ​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส​เสียหาย โปรด​นำ​กลับ​มาจาก​ข้อมูล​สำรอง หรือ​เปิด​ด้วย​กุญแจ​กู้​คืน</translation>
    </message>
    <message>
        <source>The vault&apos;s key file was changed outside TJ Desk (its settings or its list of disabled users). Nobody signs in with it: put it back from a backup, or open the vault with its recovery key. Nothing was changed.</source>
        <translation>ไฟล์​กุญแจ​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส​ถูก​เปลี่ยน​จาก​ภายนอก TJ Desk (การ​ตั้งค่า​หรือ​รายชื่อ​ผู้​ถูก​ระงับ​การใช้งาน) ไม่​มี​ผู้ใด​เข้าสู่ระบบ​ด้วย​ไฟล์​นี้​ได้: โปรด​นำ​กลับ​มาจาก​ข้อมูล​สำรอง หรือ​เปิด​ที่เก็บ​ข้อมูล​ด้วย​กุญแจ​กู้​คืน ไม่​มี​สิ่งใด​ถูก​เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The database file in this folder is not a TJ Desk vault.</source>
        <translation>ไฟล์​ฐานข้อมูล​ใน​โฟลเดอร์​นี้​ไม่​ใช่​ที่เก็บ​ข้อมูล​เข้ารหัส​ของ TJ Desk</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged or does not belong to its key file. Restore it from a backup.</source>
        <translation>ฐานข้อมูล​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส​เสียหาย หรือไม่​ตรง​กับ​ไฟล์​กุญแจ โปรด​กู้​คืน​จาก​ข้อมูล​สำรอง</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of TJ Desk. Install that version to open it.</source>
        <translation>ที่เก็บ​ข้อมูล​เข้ารหัส​นี้​สร้าง​ด้วย TJ Desk รุ่น​ที่​ใหม่​กว่า โปรด​ติดตั้ง​รุ่น​นั้น​เพื่อ​เปิด</translation>
    </message>
    <message>
        <source>Wrong user name or password. Wait 1 second before the next try.</source>
        <translation>ชื่อ​ผู้ใช้​หรือ​รหัสผ่าน​ไม่​ถูกต้อง โปรด​รอ 1 วินาที​ก่อน​ลอง​ใหม่</translation>
    </message>
    <message>
        <source>Wrong user name or password. Wait %1 seconds before the next try.</source>
        <translation>ชื่อ​ผู้ใช้​หรือ​รหัสผ่าน​ไม่​ถูกต้อง โปรด​รอ %1 วินาที​ก่อน​ลอง​ใหม่</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>ชื่อ​ผู้ใช้​หรือ​รหัสผ่าน​ไม่​ถูกต้อง</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait 1 second before the next try.</source>
        <translation>ใส่​รหัสผ่าน​ผิด​หลายครั้ง​เกินไป โปรด​รอ 1 วินาที​ก่อน​ลอง​ใหม่</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait %1 seconds before the next try.</source>
        <translation>ใส่​รหัสผ่าน​ผิด​หลายครั้ง​เกินไป โปรด​รอ %1 วินาที​ก่อน​ลอง​ใหม่</translation>
    </message>
    <message>
        <source>This user has been disabled. Ask an administrator for help.</source>
        <translation>ผู้ใช้​นี้​ถูก​ระงับ​การใช้งาน โปรด​ติดต่อ​ผู้ดูแล​ระบบ</translation>
    </message>
    <message>
        <source>A change of the vault&apos;s key was cut short, and this recovery key is from before it. Sign in with any staff password to finish the change, then change the vault&apos;s key again to get a new recovery key. Nothing was changed.</source>
        <translation>การ​เปลี่ยน​กุญแจ​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส​หยุด​ลง​กลางคัน และ​กุญแจ​กู้​คืนนี้​เป็น​ของ​เดิม​ก่อน​การ​เปลี่ยน โปรด​เข้าสู่ระบบ​ด้วย​รหัสผ่าน​ของ​เจ้าหน้าที่​คนใด​ก็ได้​เพื่อ​ให้การ​เปลี่ยน​เสร็จ​สมบูรณ์ แล้ว​เปลี่ยน​กุญแจ​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส​อีกครั้ง​เพื่อ​รับ​กุญแจ​กู้​คืน​ใหม่ ไม่​มี​การเปลี่ยนแปลง​ใด ๆ</translation>
    </message>
    <message>
        <source>This recovery key does not open this vault.</source>
        <translation>กุญแจ​กู้​คืนนี้​เปิด​ที่เก็บ​ข้อมูล​เข้ารหัส​นี้​ไม่​ได้</translation>
    </message>
    <message>
        <source>A recovery key has %1 characters: the digits 0-9 and the letters a-f. Spaces and dashes between groups do not matter.</source>
        <translation>กุญแจ​กู้​คืน​มี %1 ตัว ประกอบด้วย​ตัวเลข 0-9 และ​ตัวอักษร a-f จะ​เว้นวรรค​หรือ​ใส่​ขีด​ระหว่าง​กลุ่ม​ก็ได้</translation>
    </message>
    <message>
        <source>The vault folder cannot be written to (read-only, full, or no permission).</source>
        <translation>เขียน​ลง​โฟลเดอร์​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส​ไม่​ได้ (อ่าน​อย่าง​เดียว เต็ม หรือไม่​มีสิทธิ์)</translation>
    </message>
    <message>
        <source>A user name is 1 to 64 letters, digits or signs, without spaces.</source>
        <translation>ชื่อ​ผู้ใช้​ต้อง​มี 1 ถึง 64 ตัวอักษร ตัวเลข หรือ​เครื่องหมาย โดย​ไม่​มี​ช่องว่าง</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of TJ Desk (schema %1; this version knows up to %2). Please update TJ Desk. Nothing was changed.</source>
        <translation>ที่เก็บ​ข้อมูล​เข้ารหัส​นี้​สร้าง​ด้วย TJ Desk รุ่น​ที่​ใหม่​กว่า (schema %1 รุ่น​นี้​รองรับ​ถึง %2) โปรด​อัปเดต TJ Desk ไม่​มี​การเปลี่ยนแปลง​ใด ๆ</translation>
    </message>
    <message>
        <source>The vault is open elsewhere (another TJ Desk window or command). Close it there, then try again. Nothing was changed.</source>
        <translation>ที่เก็บ​ข้อมูล​เข้ารหัส​เปิด​อยู่​ที่อื่น (หน้าต่าง​หรือ​คำสั่ง TJ Desk อื่น) โปรด​ปิด​ที่นั่น​แล้ว​ลอง​ใหม่ ไม่​มี​การเปลี่ยนแปลง​ใด ๆ</translation>
    </message>
    <message>
        <source>The re-encrypted copy did not pass its checks; the vault keeps its old key. Nothing was changed.</source>
        <translation>สำเนา​ที่​เข้ารหัส​ใหม่​ไม่​ผ่าน​การ​ตรวจสอบ ที่เก็บ​ข้อมูล​เข้ารหัส​ยัง​ใช้​กุญแจ​เดิม ไม่​มี​การเปลี่ยนแปลง​ใด ๆ</translation>
    </message>
    <message>
        <source>Only an administrator can change the vault&apos;s key.</source>
        <translation>เฉพาะ​ผู้ดูแล​ระบบ​เท่านั้น​ที่​เปลี่ยน​กุญแจ​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส​ได้</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>รหัสผ่าน​ต้อง​มี​อย่าง​น้อย %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>Please give the shelter or room a name.</source>
        <translation>โปรด​ตั้งชื่อ​สถาน​คุ้มครอง​หรือ​ห้อง</translation>
    </message>
    <message>
        <source>The vault location is a file, not a folder.</source>
        <translation>ตำแหน่ง​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส​เป็น​ไฟล์ ไม่​ใช่​โฟลเดอร์</translation>
    </message>
    <message>
        <source>That name belongs to a user who is not an administrator.</source>
        <translation>ชื่อ​นี้​เป็น​ของ​ผู้ใช้​ที่​ไม่​ใช่​ผู้ดูแล​ระบบ</translation>
    </message>
    <message>
        <source>You may not do this with visits.</source>
        <translation>คุณ​ไม่​มีสิทธิ์​ทำ​สิ่ง​นี้​กับ​ข้อมูล​การ​เยี่ยมชม</translation>
    </message>
    <message>
        <source>Keep visits for %1 to %2 days.</source>
        <translation>เก็บ​ข้อมูล​การ​เยี่ยมชม​ได้ %1 ถึง %2 วัน</translation>
    </message>
    <message>
        <source>The address is too long.</source>
        <translation>ที่อยู่​ยาว​เกินไป</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>โปรด​เลือก​อย่าง​น้อย​หนึ่ง​ภาษา</translation>
    </message>
    <message>
        <source>There is no rule sheet for language %1.</source>
        <translation>ไม่​มี​เอกสาร​ข้อปฏิบัติ​สำหรับ​ภาษา %1</translation>
    </message>
    <message>
        <source>A sheet can hold at most %1 signature lines.</source>
        <translation>เอกสาร​หนึ่ง​แผ่น​มี​ช่อง​ลงนาม​ได้​ไม่​เกิน %1 บรรทัด</translation>
    </message>
    <message>
        <source>The rule-sheet template is not valid.</source>
        <translation>แม่แบบ​เอกสาร​ข้อปฏิบัติ​ไม่​ถูกต้อง</translation>
    </message>
    <message>
        <source>The rule-sheet template has an unknown field: %1.</source>
        <translation>แม่แบบ​เอกสาร​ข้อปฏิบัติ​มี​ช่อง​ที่​ไม่​รู้จัก: %1</translation>
    </message>
    <message>
        <source>The rule-sheet template is from a newer version.</source>
        <translation>แม่แบบ​เอกสาร​ข้อปฏิบัติ​นี้​มาจาก​รุ่น​ที่​ใหม่​กว่า</translation>
    </message>
    <message>
        <source>The rule-sheet field %1 is not valid text.</source>
        <translation>ช่อง %1 ของ​เอกสาร​ข้อปฏิบัติ​ไม่​ใช่​ข้อความ​ที่​ถูกต้อง</translation>
    </message>
    <message>
        <source>The rule-sheet field %1 is not a valid list.</source>
        <translation>ช่อง %1 ของ​เอกสาร​ข้อปฏิบัติ​ไม่​ใช่​รายการ​ที่​ถูกต้อง</translation>
    </message>
    <message>
        <source>The rule sheet needs a %1.</source>
        <translation>เอกสาร​ข้อปฏิบัติ​ต้อง​มี %1</translation>
    </message>
    <message>
        <source>The rule sheet needs at least one obligation.</source>
        <translation>เอกสาร​ข้อปฏิบัติ​ต้อง​มี​ข้อปฏิบัติ​อย่าง​น้อย​หนึ่ง​ข้อ</translation>
    </message>
    <message>
        <source>Language code %1 is not valid (use e.g. th, en, my).</source>
        <translation>รหัส​ภาษา %1 ไม่​ถูกต้อง (ใช้ เช่น th, en, my)</translation>
    </message>
    <message>
        <source>Date style %1 is not one of: thai_be, english, iso.</source>
        <translation>รูปแบบ​วันที่ %1 ไม่​ใช่ thai_be, english หรือ iso</translation>
    </message>
    <message>
        <source>No rule sheet ships for language %1.</source>
        <translation>ไม่​มี​เอกสาร​ข้อปฏิบัติ​มาตรฐาน​สำหรับ​ภาษา %1</translation>
    </message>
    <message>
        <source>The sheet contains the shelter&apos;s address. Remove it: the address is never printed.</source>
        <translation>เอกสาร​มี​ที่อยู่​ของ​สถาน​คุ้มครอง โปรด​ลบ​ออก: ที่อยู่​จะ​ไม่​ถูก​พิมพ์​เด็ดขาด</translation>
    </message>
    <message>
        <source>Nothing changed: the sheet was not saved again.</source>
        <translation>ไม่​มี​การเปลี่ยนแปลง จึง​ไม่​ได้​บันทึก​เอกสาร​ซ้ำ</translation>
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
        <translation>ผู้ดูแล​คณะ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 ต้อง​เป็น​ข้อความ</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 ยาว​เกินไป (ไม่​เกิน %2 ตัวอักษร)</translation>
    </message>
    <message>
        <source>%1 contains control characters.</source>
        <translation>%1 มี​อักขระ​ควบคุม</translation>
    </message>
    <message>
        <source>The visit needs a local date and time.</source>
        <translation>การ​เยี่ยมชม​ต้อง​มี​วัน​และ​เวลา​ท้องถิ่น</translation>
    </message>
    <message>
        <source>Enter the visiting organisation.</source>
        <translation>โปรด​ระบุ​หน่วยงาน​ที่มา​เยี่ยมชม</translation>
    </message>
    <message>
        <source>The number of visitors must be 1 to %1.</source>
        <translation>จำนวน​ผู้เยี่ยมชม​ต้อง​อยู่​ระหว่าง 1 ถึง %1 คน</translation>
    </message>
    <message>
        <source>There are more names (%1) than visitors (%2).</source>
        <translation>มี​รายชื่อ (%1) มากกว่า​จำนวน​ผู้เยี่ยมชม (%2)</translation>
    </message>
    <message>
        <source>Visit %1 does not exist.</source>
        <translation>ไม่​มี​การ​เยี่ยมชม %1</translation>
    </message>
    <message>
        <source>Unknown alarm source %1.</source>
        <translation>ไม่​รู้จัก​แหล่ง​สัญญาณ %1</translation>
    </message>
    <message>
        <source>Choose why the alarm is reset.</source>
        <translation>โปรด​เลือก​เหตุผล​ของ​การ​รีเซ็ต​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>Someone must check on the room before the alarm is reset.</source>
        <translation>ต้อง​มี​ผู้​ไป​ตรวจดู​ที่​ห้อง​ก่อน​รีเซ็ต​สัญญาณ​ฉุกเฉิน</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>โปรด​เข้าสู่ระบบ​ก่อน</translation>
    </message>
    <message>
        <source>The running alarm service does not serve %1; it serves: %2</source>
        <translation>ระบบ​สัญญาณ​ฉุกเฉิน​ที่ทำงาน​อยู่​ไม่​ได้​ดูแล %1 แต่​ดูแล: %2</translation>
    </message>
    <message>
        <source>The date %1 is not a date (use YYYY-MM-DD).</source>
        <translation>%1 ไม่​ใช่​วันที่ (ใช้​รูปแบบ YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>The output file must end in .pdf.</source>
        <translation>ไฟล์​ผลลัพธ์​ต้อง​ลงท้าย​ด้วย .pdf</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>ไม่​มี​โฟลเดอร์ %1</translation>
    </message>
    <message>
        <source>Blank lines must be 0 to %1.</source>
        <translation>จำนวน​บรรทัด​ว่าง​ต้อง​อยู่​ระหว่าง 0 ถึง %1</translation>
    </message>
    <message>
        <source>Printing a visit&apos;s sheet needs --user (sign in).</source>
        <translation>การ​พิมพ์​เอกสาร​ของ​การ​เยี่ยมชม​ต้อง​ใช้ --user (เข้าสู่ระบบ)</translation>
    </message>
    <message>
        <source>Only administrators and directors can read or check the audit trail.</source>
        <translation>เฉพาะ​ผู้ดูแล​ระบบ​และ​ผู้อำนวยการ​เท่านั้น​ที่​อ่าน​หรือ​ตรวจสอบ​ประวัติ​การใช้งาน​ได้</translation>
    </message>
    <message>
        <source>This checkpoint was exported from another vault.</source>
        <translation>จุด​ตรวจสอบ​นี้​ส่งออก​มาจาก​ที่เก็บ​ข้อมูล​เข้ารหัส​อื่น</translation>
    </message>
    <message>
        <source>That file already exists.</source>
        <translation>มี​ไฟล์​นั้น​อยู่แล้ว</translation>
    </message>
    <message>
        <source>The file could not be written there.</source>
        <translation>เขียน​ไฟล์​ใน​ตำแหน่ง​นั้น​ไม่​ได้</translation>
    </message>
    <message>
        <source>This is not an exported audit checkpoint.</source>
        <translation>ไฟล์​นี้​ไม่​ใช่​จุด​ตรวจสอบ​ประวัติ​การใช้งาน​ที่​ส่งออก​ไว้</translation>
    </message>
    <message>
        <source>Only an administrator can make a backup.</source>
        <translation>เฉพาะ​ผู้ดูแล​ระบบ​เท่านั้น​ที่​สำรอง​ข้อมูล​ได้</translation>
    </message>
    <message>
        <source>A handover names who asked for it and who approved it (two staff members).</source>
        <translation>การ​ส่งต่อ​งาน​ต้อง​ระบุ​ผู้​ขอ​และ​ผู้อนุมัติ (เจ้าหน้า​ที่สอง​คน)</translation>
    </message>
    <message>
        <source>A case is handed over to a social worker, counsellor, psychologist, nurse or legal officer whose account is active, and never to the person doing the handover.</source>
        <translation>ส่งต่อ​กรณี​ได้​เฉพาะ​นักสังคมสงเคราะห์ ผู้ให้คำปรึกษา นักจิตวิทยา พยาบาล หรือ​เจ้าหน้าที่​กฎหมาย​ที่​บัญชี​ยัง​ใช้งาน​อยู่ และ​ไม่​ส่ง​ต่อให้​ผู้​ที่ทำการ​ส่งต่อ​เอง</translation>
    </message>
    <message>
        <source>This is not this vault&apos;s recovery identity (AGE-SECRET-KEY-1...). Nothing was changed.</source>
        <translation>นี่​ไม่​ใช่​ตัวตน​สำหรับ​กู้​คืน (AGE-SECRET-KEY-1...) ของ​ที่เก็บ​ข้อมูล​เข้ารหัส​นี้ ไม่​มี​สิ่งใด​ถูก​เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>A recovery identity starts with AGE-SECRET-KEY-1 and is 74 letters and digits long. Please check what was typed.</source>
        <translation>ตัวตน​สำหรับ​กู้​คืน​ขึ้นต้น​ด้วย AGE-SECRET-KEY-1 และ​ยาว 74 ตัวอักษร​และ​ตัวเลข โปรด​ตรวจสอบ​สิ่ง​ที่​พิมพ์</translation>
    </message>
    <message>
        <source>This vault already has a recovery identity.</source>
        <translation>ที่เก็บ​ข้อมูล​เข้ารหัส​นี้​มี​ตัวตน​สำหรับ​กู้​คืน​อยู่แล้ว</translation>
    </message>
    <message>
        <source>Only an administrator can confirm the recovery identity.</source>
        <translation>เฉพาะ​ผู้ดูแล​ระบบ​เท่านั้น​ที่​ยืนยัน​ตัวตน​สำหรับ​กู้​คืน​ได้</translation>
    </message>
    <message>
        <source>Only an administrator can make the recovery identity.</source>
        <translation>เฉพาะ​ผู้ดูแล​ระบบ​เท่านั้น​ที่​สร้าง​ตัวตน​สำหรับ​กู้​คืน​ได้</translation>
    </message>
    <message>
        <source>This part of the case was written before it was sealed to you. It opens once a colleague who can read it signs in, or after a handover with the recovery sheet.</source>
        <translation>ส่วน​นี้​ของ​กรณี​ถูก​บันทึก​ไว้​ก่อนที่จะ​ปิดผนึก​ให้​ท่าน จะ​เปิด​ได้​เมื่อ​เพื่อนร่วมงาน​ที่​อ่าน​ส่วน​นี้​ได้​เข้าสู่ระบบ หรือ​หลัง​การ​ส่งต่อ​งาน​ด้วย​แผ่น​กู้​คืน</translation>
    </message>
    <message>
        <source>Sealed parts of a case open only for a staff member signed in with a password.</source>
        <translation>ส่วน​ที่​ปิดผนึก​ของ​กรณี​จะ​เปิด​ได้​เฉพาะ​เจ้าหน้าที่​ที่​เข้าสู่ระบบ​ด้วย​รหัสผ่าน​เท่านั้น</translation>
    </message>
    <message>
        <source>This vault has no recovery identity yet: an administrator must sign in once to make one before case notes can be sealed.</source>
        <translation>ที่เก็บ​ข้อมูล​เข้ารหัส​นี้​ยัง​ไม่​มี​ตัวตน​สำหรับ​กู้​คืน ผู้ดูแล​ระบบ​ต้อง​เข้าสู่ระบบ​หนึ่ง​ครั้ง​เพื่อ​สร้าง​ก่อน จึง​จะ​ปิดผนึก​บันทึก​ของ​กรณี​ได้</translation>
    </message>
    <message>
        <source>Nothing was saved: the vault&apos;s recovery identity was changed outside TJ Desk (it is not the one an administrator certified), and sealing to it could let someone else read this case. Ask an administrator to check the audit trail (&apos;tjdesk audit verify&apos;).</source>
        <translation>ไม่​มี​สิ่งใด​ถูก​บันทึก: ตัวตน​สำหรับ​กู้​คืน​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส​ถูก​เปลี่ยน​จาก​ภายนอก TJ Desk (ไม่​ใช่​ตัวตน​ที่​ผู้ดูแล​ระบบ​รับรอง​ไว้) การ​ปิดผนึก​ให้​ตัวตน​นี้​อาจ​ทำให้​ผู้อื่น​อ่าน​กรณี​นี้​ได้ โปรด​ขอให้​ผู้ดูแล​ระบบ​ตรวจสอบ​ประวัติ​การใช้งาน (&apos;tjdesk audit verify&apos;)</translation>
    </message>
    <message>
        <source>Nothing was saved: the record of %1, who is on this case&apos;s team, was not certified by an administrator, so TJ Desk cannot tell which key is theirs. Ask an administrator to check the audit trail (&apos;tjdesk audit verify&apos;).</source>
        <translation>ไม่​มี​สิ่งใด​ถูก​บันทึก: ข้อมูล​ของ %1 ซึ่ง​อยู่​ใน​ทีม​ของ​กรณี​นี้​ไม่​ได้รับ​การ​รับรอง​จาก​ผู้ดูแล​ระบบ TJ Desk จึง​ไม่​อาจ​ทราบ​ได้​ว่า​กุญแจ​ใด​เป็น​ของ​บุคคล​นี้ โปรด​ขอให้​ผู้ดูแล​ระบบ​ตรวจสอบ​ประวัติ​การใช้งาน (&apos;tjdesk audit verify&apos;)</translation>
    </message>
    <message>
        <source>Nothing was saved: the staff records of this vault are not certified yet. An administrator must sign in once first.</source>
        <translation>ไม่​มี​สิ่งใด​ถูก​บันทึก: ข้อมูล​เจ้าหน้าที่​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส​นี้​ยัง​ไม่​ได้รับ​การ​รับรอง ผู้ดูแล​ระบบ​ต้อง​เข้าสู่ระบบ​หนึ่ง​ครั้งก่อน</translation>
    </message>
    <message>
        <source>Nothing was saved: your signing key is not certified yet, so the change to this case&apos;s team cannot be signed. An administrator&apos;s next sign-in certifies it; then try again.</source>
        <translation>ไม่​มี​สิ่งใด​ถูก​บันทึก: กุญแจ​ลงนาม​ของ​คุณ​ยัง​ไม่​ได้รับ​การ​รับรอง จึง​ไม่​อาจ​ลงนาม​การเปลี่ยนแปลง​ทีม​ของ​กรณี​นี้​ได้ กุญแจ​จะ​ได้รับ​การ​รับรอง​เมื่อ​ผู้ดูแล​ระบบ​เข้าสู่ระบบ​ครั้ง​ถัดไป แล้ว​โปรด​ลอง​อีกครั้ง</translation>
    </message>
    <message>
        <source>The station folder %1 cannot be used: %2</source>
        <translation>ใช้​โฟลเดอร์​สถานี %1 ไม่​ได้: %2</translation>
    </message>
    <message>
        <source>A room station owns one room: its alarm service raises one alarm for all its boxes and cannot tell two rooms apart. Give each room its own station (its own computer, or its own alarm service); nothing was changed.</source>
        <translation>สถานี​ประจำ​ห้อง​ดูแล​ได้​เพียง​หนึ่ง​ห้อง: บริการ​สัญญาณ​ฉุกเฉิน​ของ​สถานี​แจ้งเหตุ​เป็น​สัญญาณ​เดียว​สำหรับ​กล่อง​ทุก​กล่อง จึง​แยก​ไม่​ได้​ว่า​กด​จาก​ห้อง​ใด โปรด​ให้​แต่ละ​ห้อง​มี​สถานี​ของ​ตนเอง (คอมพิวเตอร์​ของ​ตนเอง หรือ​บริการ​สัญญาณ​ฉุกเฉิน​ของ​ตนเอง) ไม่​มี​การเปลี่ยนแปลง​ใด ๆ</translation>
    </message>
    <message>
        <source>%1 is not a broker folder made by &apos;tjdesk network init&apos;.</source>
        <translation>%1 ไม่​ใช่​โฟลเดอร์​โบรกเกอร์​ที่​สร้าง​ด้วย &apos;tjdesk network init&apos;</translation>
    </message>
    <message>
        <source>Give the broker&apos;s host name or address.</source>
        <translation>โปรด​ระบุชื่อ​หรือ​ที่อยู่​ของ​โบรกเกอร์</translation>
    </message>
    <message>
        <source>The port must be from 1 to 65535.</source>
        <translation>พอร์ต​ต้อง​อยู่​ระหว่าง 1 ถึง 65535</translation>
    </message>
    <message>
        <source>%1 already holds a broker folder; nothing was changed.</source>
        <translation>%1 มี​โฟลเดอร์​โบรกเกอร์​อยู่แล้ว ไม่​มี​การเปลี่ยนแปลง​ใด ๆ</translation>
    </message>
    <message>
        <source>Mosquitto cannot read a folder name with spaces: %1</source>
        <translation>Mosquitto อ่าน​ชื่อ​โฟลเดอร์​ที่​มี​ช่องว่าง​ไม่​ได้: %1</translation>
    </message>
    <message>
        <source>The broker runs as the user &apos;%1&apos;, who cannot open the folder %2. Choose a folder it can reach, e.g. /etc/tjdesk-broker; nothing was changed.</source>
        <translation>โบรกเกอร์​ทำงาน​ในนาม​ผู้ใช้ &apos;%1&apos; ซึ่ง​เปิด​โฟลเดอร์ %2 ไม่​ได้ โปรด​เลือก​โฟลเดอร์​ที่​ผู้ใช้​นั้น​เข้าถึง​ได้ เช่น /etc/tjdesk-broker ไม่​มี​การเปลี่ยนแปลง​ใด ๆ</translation>
    </message>
    <message>
        <source>A station is a room, a desk or a reader, not %1.</source>
        <translation>สถานี​ต้อง​เป็น room, desk หรือ reader ไม่​ใช่ %1</translation>
    </message>
    <message>
        <source>A room station needs its rooms (--rooms room-1,...).</source>
        <translation>สถานี​ประจำ​ห้อง​ต้อง​ระบุ​ห้อง​ที่​ดูแล (--rooms room-1,...)</translation>
    </message>
    <message>
        <source>Only a room station owns rooms.</source>
        <translation>เฉพาะ​สถานี​ประจำ​ห้อง​เท่านั้น​ที่​ดูแล​ห้อง​ได้</translation>
    </message>
    <message>
        <source>A station&apos;s name is plain text of at most 60 letters.</source>
        <translation>ชื่อ​สถานี​ต้อง​เป็น​ข้อความ​ธรรมดา​ไม่​เกิน 60 ตัวอักษร</translation>
    </message>
    <message>
        <source>The station %1 exists already; revoke it first to issue it again.</source>
        <translation>มี​สถานี %1 อยู่แล้ว โปรด​เพิกถอน​ก่อน​หาก​ต้องการ​ออก​ใบรับรอง​ใหม่</translation>
    </message>
    <message>
        <source>The room %1 belongs to the station %2 already.</source>
        <translation>ห้อง %1 อยู่​ใน​ความดูแล​ของ​สถานี %2 แล้ว</translation>
    </message>
    <message>
        <source>%1 holds a station already; nothing was changed.</source>
        <translation>%1 มี​สถานี​อยู่แล้ว ไม่​มี​การเปลี่ยนแปลง​ใด ๆ</translation>
    </message>
    <message>
        <source>There is no active station %1 at this site.</source>
        <translation>ไม่​มี​สถานี %1 ที่​ใช้งาน​อยู่​ใน​สถานที่​นี้</translation>
    </message>
    <message>
        <source>This was asked for in another person&apos;s name: refused.</source>
        <translation>คำขอ​นี้​ทำ​ในนามของ​บุคคล​อื่น: ปฏิเสธ</translation>
    </message>
    <message>
        <source>This account&apos;s record (name, role or keys) was not certified by an administrator: it may have been changed outside TJ Desk. Ask an administrator to check the audit trail (&apos;tjdesk audit verify&apos;).</source>
        <translation>ข้อมูล​ของ​บัญชี​นี้ (ชื่อ บทบาท หรือ​กุญแจ) ไม่​ได้รับ​การ​รับรอง​จาก​ผู้ดูแล​ระบบ: อาจ​ถูก​เปลี่ยน​จาก​ภายนอก TJ Desk โปรด​ขอให้​ผู้ดูแล​ระบบ​ตรวจสอบ​ประวัติ​การใช้งาน (&apos;tjdesk audit verify&apos;)</translation>
    </message>
    <message>
        <source>Only a certified administrator can certify a user&apos;s record.</source>
        <translation>เฉพาะ​ผู้ดูแล​ระบบ​ที่​ได้รับ​การ​รับรอง​เท่านั้น​ที่รับรอง​ข้อมูล​ผู้​ใช้ได้</translation>
    </message>
    <message>
        <source>Only an administrator can do this.</source>
        <translation>เฉพาะ​ผู้ดูแล​ระบบ​เท่านั้น​ที่​ทำ​สิ่ง​นี้​ได้</translation>
    </message>
    <message>
        <source>The vault&apos;s structure was changed outside TJ Desk (%1). It cannot be opened for work; nothing was changed. An administrator can check it with &apos;tjdesk audit verify&apos; and restore a backup.</source>
        <translation>โครงสร้าง​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส​ถูก​เปลี่ยน​จาก​ภายนอก TJ Desk (%1) จึง​เปิด​ใช้งาน​ไม่​ได้ ไม่​มี​สิ่งใด​ถูก​เปลี่ยนแปลง ผู้ดูแล​ระบบ​ตรวจสอบ​ได้​ด้วย​คำสั่ง &apos;tjdesk audit verify&apos; และ​กู้​คืน​ข้อมูล​สำรอง</translation>
    </message>
    <message>
        <source>The vault&apos;s signing roots were removed outside TJ Desk: nobody can sign in until an administrator restores a backup. Nothing was changed.</source>
        <translation>กุญแจ​หลัก​สำหรับ​ลงลายมือชื่อ​ของ​ที่เก็บ​ข้อมูล​เข้ารหัส​ถู​กลบ​จาก​ภายนอก TJ Desk: ไม่​มี​ผู้ใด​เข้าสู่ระบบ​ได้​จนกว่า​ผู้ดูแล​ระบบ​จะ​กู้​คืน​ข้อมูล​สำรอง ไม่​มี​สิ่งใด​ถูก​เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The %1 id %2 is not valid: use 1 to %3 characters of a-z, 0-9 and -.</source>
        <translation>รหัส %1 %2 ไม่​ถูกต้อง: ใช้​อักขระ a-z 0-9 และ - จำนวน 1 ถึง %3 ตัว</translation>
    </message>
    <message>
        <source>This was asked in the name of someone other than the person signed in. Nothing was done.</source>
        <translation>คำขอ​นี้​ทำ​ในนามของ​ผู้อื่น​ซึ่ง​ไม่​ใช่​ผู้​ที่​เข้าสู่ระบบ​อยู่ ไม่​มี​การ​ดำเนินการ​ใด ๆ</translation>
    </message>
    <message>
        <source>Nothing was saved: the case team was changed outside TJ Desk (a team member or a case key that nobody entitled signed for), and sealing to it could let someone else read this case. Ask an administrator to check the audit trail (&apos;tjdesk audit verify&apos;).</source>
        <translation>ไม่​มี​สิ่งใด​ถูก​บันทึก: ทีม​ของ​กรณี​นี้​ถูก​เปลี่ยน​จาก​ภายนอก TJ Desk (มี​สมาชิก​ทีม​หรือ​กุญแจ​ของ​กรณี​ที่​ไม่​มี​ผู้​มีสิทธิ์​ลงนาม​รับรอง) การ​ปิดผนึก​ตาม​ทีม​นี้​อาจ​ทำให้​ผู้อื่น​อ่าน​กรณี​นี้​ได้ โปรด​ขอให้​ผู้ดูแล​ระบบ​ตรวจสอบ​ประวัติ​การใช้งาน (&apos;tjdesk audit verify&apos;)</translation>
    </message>
    <message>
        <source>Only an administrator can confirm that the new recovery key is stored.</source>
        <translation>เฉพาะ​ผู้ดูแล​ระบบ​เท่านั้น​ที่​ยืนยัน​ได้​ว่า​เก็บ​กุญแจ​กู้​คืน​ใหม่​แล้ว</translation>
    </message>
</context>
<context>
    <name>hardware</name>
    <message>
        <source>You may not open %1; add yourself to the %2 group (sudo usermod -aG %2 $USER), then log out and in again.</source>
        <translation>คุณ​ไม่​มีสิทธิ์​เปิด %1 โปรด​เพิ่ม​ตัวเอง​เข้ากลุ่ม %2 (sudo usermod -aG %2 $USER) แล้ว​ออกจาก​ระบบ​และ​เข้า​ใหม่</translation>
    </message>
    <message>
        <source>%1 is open in another program (perhaps the alarm service or a serial terminal).</source>
        <translation>%1 เปิด​อยู่​ใน​โปรแกรม​อื่น (อาจ​เป็นระบบ​สัญญาณ​ฉุกเฉิน​หรือ​เทอร์มินัล​อนุกรม)</translation>
    </message>
    <message>
        <source>brltty (a braille display service) is running and takes over CH340 adapters such as %1; remove it (sudo apt remove brltty) or disable its udev rules.</source>
        <translation>brltty (บริการ​จอแสดงผล​อักษร​เบรลล์) ทำงาน​อยู่​และ​ยึด​อะแดปเตอร์ CH340 เช่น %1 โปรด​ถอน​ออก (sudo apt remove brltty) หรือ​ปิด​กฎ udev ของ​โปรแกรม​นี้</translation>
    </message>
    <message>
        <source>ModemManager is running and may probe %1 with modem commands for several seconds; add a udev rule with ENV{ID_MM_DEVICE_IGNORE}=&quot;1&quot; for %2, or stop ModemManager.</source>
        <translation>ModemManager ทำงาน​อยู่​และ​อาจ​ส่ง​คำสั่ง​โมเด็ม​ไป​ทดสอบ %1 เป็นเวลา​หลาย​วินาที โปรด​เพิ่ม​กฎ udev ที่​มี ENV{ID_MM_DEVICE_IGNORE}=&quot;1&quot; สำหรับ %2 หรือ​หยุด ModemManager</translation>
    </message>
    <message>
        <source>%1 has no USB serial number, so it is told apart from an identical board only by the USB socket it uses; keep it in the same socket.</source>
        <translation>%1 ไม่​มี​หมายเลข​ซีเรียล USB จึง​แยก​ออกจาก​แผง​รุ่น​เดียวกัน​ได้​ด้วย​ช่อง USB ที่​เสียบ​เท่านั้น โปรด​เสียบ​ไว้​ที่​ช่อง​เดิม​เสมอ</translation>
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
        <source>At least %1 characters; a few words together are easy to remember.</source>
        <translation>อย่าง​น้อย %1 ตัวอักษร การนำ​คำ​หลาย​คำ​มา​ต่อกัน​ช่วย​ให้​จำได้​ง่าย</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>สั้น​เกินไป: ใช้​อย่าง​น้อย %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>Acceptable. A longer one (%2 or more characters, a few words) is safer.</source>
        <translation>ใช้ได้ รหัสผ่าน​ที่​ยาว​กว่า​นี้ (%2 ตัวอักษร​ขึ้นไป หรือ​หลาย​คำ) จะ​ปลอดภัย​กว่า</translation>
    </message>
    <message>
        <source>Too many repeated characters: mix in other words.</source>
        <translation>มี​ตัวอักษร​ซ้ำ​มากเกินไป: ลอง​ผสม​คำ​อื่น​เข้าไป</translation>
    </message>
</context>
</TS>
