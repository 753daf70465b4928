<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="en">
<context>
    <name>CloseButton</name>
    <message>
        <source>Close Tab</source>
        <translation>ปิด​แท็บ</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>เลือก​ทั้งหมด(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>เพิ่มขึ้น(&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>ลดลง(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QAccessibleActionInterface</name>
    <message>
        <source>Decrease</source>
        <translation>ลด</translation>
    </message>
    <message>
        <source>Decrease the value</source>
        <translation>ลด​ค่า</translation>
    </message>
    <message>
        <source>Goes back a page</source>
        <translation>ย้อนกลับ​หนึ่ง​หน้า</translation>
    </message>
    <message>
        <source>Goes to the next page</source>
        <translation>ไป​หน้า​ถัดไป</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Increase the value</source>
        <translation>เพิ่มค่า</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>หน้า​ถัดไป</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>กด</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>หน้า​ก่อนหน้า</translation>
    </message>
    <message>
        <source>Scroll Down</source>
        <translation>เลื่อน​ลง</translation>
    </message>
    <message>
        <source>Scroll Left</source>
        <translation>เลื่อน​ซ้าย</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>เลื่อน​ขวา</translation>
    </message>
    <message>
        <source>Scroll Up</source>
        <translation>เลื่อน​ขึ้น</translation>
    </message>
    <message>
        <source>Scrolls down</source>
        <translation>เลื่อน​ลง</translation>
    </message>
    <message>
        <source>Scrolls to the left</source>
        <translation>เลื่อน​ไป​ทางซ้าย</translation>
    </message>
    <message>
        <source>Scrolls to the right</source>
        <translation>เลื่อน​ไป​ทางขวา</translation>
    </message>
    <message>
        <source>Scrolls up</source>
        <translation>เลื่อน​ขึ้น</translation>
    </message>
    <message>
        <source>SetFocus</source>
        <translation>ตั้ง​โฟกัส</translation>
    </message>
    <message>
        <source>Sets the focus</source>
        <translation>ย้าย​โฟกัส​มา​ที่นี่</translation>
    </message>
    <message>
        <source>ShowMenu</source>
        <translation>แสดง​เมนู</translation>
    </message>
    <message>
        <source>Shows the menu</source>
        <translation>แสดง​เมนู</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>สลับ</translation>
    </message>
    <message>
        <source>Toggles the state</source>
        <translation>สลับ​สถานะ</translation>
    </message>
    <message>
        <source>Triggers the action</source>
        <translation>สั่งงาน</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <source>&amp;Add to Custom Colors</source>
        <translation>เพิ่ม​ใน​สี​ที่​กำหนด​เอง(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Basic colors</source>
        <translation>สี​พื้นฐาน(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Custom colors</source>
        <translation>สี​ที่​กำหนด​เอง(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Green:</source>
        <translation>เขียว(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
    <message>
        <source>&amp;Pick Screen Color</source>
        <translation>เลือก​สี​จาก​หน้าจอ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Red:</source>
        <translation>แดง(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Sat:</source>
        <translation>ความ​อิ่มตัว(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Val:</source>
        <translation>ความสว่าง(&amp;V):</translation>
    </message>
    <message>
        <source>A&amp;lpha channel:</source>
        <translation>ช่อง​ความ​โปร่งใส(&amp;L):</translation>
    </message>
    <message>
        <source>Bl&amp;ue:</source>
        <translation>น้ำเงิน(&amp;U):</translation>
    </message>
    <message>
        <source>Cursor at %1, %2
Press ESC to cancel</source>
        <translation>เคอร์เซอร์​ที่ %1, %2
กด ESC เพื่อ​ยกเลิก</translation>
    </message>
    <message>
        <source>Hu&amp;e:</source>
        <translation>เฉดสี(&amp;E):</translation>
    </message>
    <message>
        <source>Select Color</source>
        <translation>เลือก​สี</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>False</source>
        <translation>เท็จ</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>เปิด​รายการ​ให้​เลือก</translation>
    </message>
    <message>
        <source>True</source>
        <translation>จริง</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>&amp;Billing information:</source>
        <translation>ข้อมูล​การ​เรียกเก็บเงิน(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>ท้าย(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>ต้น(&amp;S):</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>หน้า​แบนเนอร์</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>ข้อมูล​การ​เรียกเก็บเงิน:</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>ลับ</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>ปกปิด</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>กลางวัน (06:00 ถึง 17:59)</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>ท้าย:</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>พัก​ไว้​จนกว่า​จะ​สั่ง</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>งาน​พิมพ์</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>ลำดับความสำคัญ​ของ​งาน(&amp;P):</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>ควบคุม​งาน​พิมพ์</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>ลำดับความสำคัญ​ของ​งาน:</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>กลางคืน (18:00 ถึง 05:59)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่​มี</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>พิมพ์​ทันที</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>กำหนด​เวลา​พิมพ์(&amp;P):</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>กำหนด​เวลา​พิมพ์:</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>กะ​ที่สอง (16:00 ถึง 23:59)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>ลับ​มาก</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>เวลา​ที่​กำหนด</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>มาตรฐาน</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>ต้น:</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>กะ​ที่สาม (00:00 ถึง 07:59)</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>ลับ​ที่สุด</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>ไม่​ปกปิด</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>วันหยุด​สุดสัปดาห์ (เสาร์​ถึง​อาทิตย์)</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What&apos;s This?</source>
        <translation>นี่​คือ​อะไร?</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>ปิด​แผง​ที่​ยึด​ไว้</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>แยก​ออกมา</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>แยก​หรือ​ยึด​แผง​กลับ​เข้าที่</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>ตกลง(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>แสดง​ข้อความ​นี้​อีก(&amp;S)</translation>
    </message>
    <message>
        <source>An error occurred</source>
        <translation>เกิด​ข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>ข้อผิดพลาด​ร้ายแรง:</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>ข้อ​ความดี​บัก:</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>ข้อผิดพลาด​ร้ายแรง:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>ข้อมูล:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>คำเตือน:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
ไม่​พบ​โฟลเดอร์
โปรด​ตรวจสอบ​ว่า​ชื่อ​โฟลเดอร์​ถูกต้อง</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ไม่​พบ​ไฟล์
โปรด​ตรวจสอบ​ว่า​ชื่อ​ไฟล์​ถูกต้อง</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>ไฟล์ %1</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>มี %1 อยู่แล้ว
ต้อง​การแทนที่​หรือไม่</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>เลือก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>ค้น​ใน(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>โฟลเดอร์​ใหม่(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>เปลี่ยน​ชื่อ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; ถูก​ป้องกัน​การเขียน
ต้องการ​ลบ​หรือไม่</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>นามแฝง</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ทุก​ไฟล์ (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ทุก​ไฟล์ (*)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>ต้องการ​ลบ &apos;%1&apos; จริง​หรือไม่</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>เปลี่ยนเป็น​มุมมอง​รายละเอียด</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>เปลี่ยนเป็น​มุมมอง​รายการ</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>ลบ​โฟลเดอร์​ไม่​ได้</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>สร้าง​โฟลเดอร์​ใหม่</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>สร้าง​โฟลเดอร์​ใหม่</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>มุมมอง​รายละเอียด</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>โฟลเดอร์:</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ไดรฟ์</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ชื่อ​ไฟล์(&amp;N):</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>โฟลเดอร์​ไฟล์</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ชนิด​ไฟล์(&amp;T):</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>ชนิด​ไฟล์:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>ค้นหา​โฟลเดอร์</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ไป​ข้างหน้า</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>ไป​ข้างหน้า</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ไป​ยัง​โฟลเดอร์​ระดับ​บน</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>มุมมอง​รายการ</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>รายการ​ตำแหน่ง​และ​บุ๊ก​มาร์ก</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>ค้น​ใน:</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>คอมพิวเตอร์​ของ​ฉัน</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>โฟลเดอร์​ใหม่</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>โฟลเดอร์​ระดับ​บน</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>ตำแหน่ง​ล่าสุด</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำ​ออก</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>บันทึก​เป็น</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ทางลัด</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>แสดง </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>แสดง​ไฟล์​ที่ซ่อน(&amp;H)</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>แถบ​ด้าน​ข้าง</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ไม่​ทราบ</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>%1 byte(s)</source>
        <translation>%1 ไบต์</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 ไบต์</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; can not be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuations marks.</source>
        <translation>&lt;b&gt;ใช้​ชื่อ &quot;%1&quot; ไม่​ได้&lt;/b&gt;&lt;p&gt;ลอง​ใช้​ชื่อ​อื่น​ที่​สั้น​ลง​หรือไม่​มี​เครื่องหมายวรรคตอน</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;ใช้​ชื่อ &quot;%1&quot; ไม่​ได้&lt;/b&gt;&lt;p&gt;ลอง​ใช้​ชื่อ​อื่น​ที่​สั้น​ลง​หรือไม่​มี​เครื่องหมายวรรคตอน</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>คอมพิวเตอร์</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>วันที่​แก้ไข</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>ชื่อ​ไฟล์​ไม่​ถูกต้อง</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>คอมพิวเตอร์​ของ​ฉัน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ชนิด</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>ยกเลิก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ปิด(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>ตกลง(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>ปิด​โดย​ไม่​บันทึก</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>ป้อน​ค่า:</translation>
    </message>
</context>
<context>
    <name>QKeySequenceEdit</name>
    <message>
        <source>%1, ...</source>
        <translation>%1, ...</translation>
    </message>
    <message>
        <source>Press shortcut</source>
        <translation>กดปุ่ม​ลัด</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิก​ทำ(&amp;U)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือก​ทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>About Qt</source>
        <translation>เกี่ยวกับ Qt</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>ซ่อน​รายละเอียด...</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>แสดง​รายละเอียด...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>ซิ​เซ​โร (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>กำหนด​เอง</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>ดี​โด (DD)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>ฟอร์ม</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>ความสูง:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>นิ้ว (in)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>แนวนอน</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>ระยะ​ขอบ</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>มิลลิเมตร (mm)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>แนว​กระดาษ</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>ลำดับ​หน้า(&amp;O):</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>การ​จัด​หน้า</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>ลำดับ​หน้า:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>ขนาด​กระดาษ:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>จำนวน​หน้า​ต่อ​แผ่น(&amp;P):</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>จำนวน​หน้า​ต่อ​แผ่น:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>กระดาษ</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>ถาด​กระดาษ:</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>ไพ​กา (P̸)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>พอยต์ (pt)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>แนวตั้ง</translation>
    </message>
    <message>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>แนวนอน​กลับด้าน</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>แนวตั้ง​กลับด้าน</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>ความ​กว้าง:</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>ขอบ​ล่าง</translation>
    </message>
    <message>
        <source>in</source>
        <translation>นิ้ว</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>ขอบ​ซ้าย</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>มม.</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>ขอบ​ขวา</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>ขอบ​บน</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>ไม่(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่(&amp;Y)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ยุติ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>ใช้</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ทิ้ง</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ไม่​ทั้งหมด(&amp;O)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>รีเซ็ต</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>คืน​ค่า​เริ่มต้น</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลอง​อีกครั้ง</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>บันทึก​ทั้งหมด</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ใช่​ทั้งหมด(&amp;A)</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>มี %1 อยู่แล้ว
ต้อง​การเขียน​ทับ​หรือไม่</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 เขียน​ไม่​ถูก​รูปแบบ โปรด​ใช้ &apos;,&apos; คั่น​ช่วง​หน้า​และ​หน้า​เดี่ยว ใช้ &apos;-&apos; กำหนด​ช่วง และ​ระวัง​ไม่​ให้​ช่วง​ซ้อน​กัน</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 เป็น​โฟลเดอร์
โปรด​เลือก​ชื่อ​ไฟล์​อื่น</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>ตัวเลือก(&amp;O) &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>ตัวเลือก(&amp;O) &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>พิมพ์(&amp;P)</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>ทุก​หน้า</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>อัตโนมัติ</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>ล่าง​ขึ้น​บน ซ้าย​ไป​ขวา</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>ล่าง​ขึ้น​บน ขวา​ไป​ซ้าย</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>การ​ตั้งค่า​พิมพ์​สองหน้า​ขัดแย้ง​กัน</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>หน้า​คู่</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>เขียน​ไฟล์ %1 ไม่​ได้
โปรด​เลือก​ชื่อ​ไฟล์​อื่น</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>กำหนด​หน้า​ไม่​ถูกต้อง</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>ซ้าย​ไป​ขวา ล่าง​ขึ้น​บน</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>ซ้าย​ไป​ขวา บน​ลง​ล่าง</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>ไฟล์​ใน​เครื่อง</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>หน้า​คี่</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>ใช้​ตัวเลือก &apos;จำนวน​หน้า​ต่อ​แผ่น&apos; กับ &apos;ชุด​หน้า&apos; พร้อมกัน​ไม่​ได้
โปรด​ปิด​ตัวเลือก​ใด​ตัวเลือก​หนึ่ง</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>พิมพ์​ลง​ไฟล์...</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>พิมพ์​ลง​ไฟล์ (PDF)</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>ขวา​ไป​ซ้าย ล่าง​ขึ้น​บน</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>ขวา​ไป​ซ้าย บน​ลง​ล่าง</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>หน้า​เริ่มต้น​ต้อง​ไม่​มากกว่า​หน้า​สุดท้าย</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>การ​ตั้งค่า​พิมพ์​สองหน้า​ขัดแย้ง​กัน ต้องการ​แก้ไข​หรือไม่</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>บน​ลง​ล่าง ซ้าย​ไป​ขวา</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>บน​ลง​ล่าง ขวา​ไป​ซ้าย</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>เขียน​ไฟล์ PDF</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>ส่งออก​เป็น PDF</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>หน้า​แรก</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>พอดี​หน้า</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>พอดี​ความ​กว้าง</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>แนวนอน</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>หน้า​สุดท้าย</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>หน้า​ถัดไป</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>ตั้งค่า​หน้า​กระดาษ</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>ตั้งค่า​หน้า​กระดาษ</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>แนวตั้ง</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>หน้า​ก่อนหน้า</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>ตัวอย่าง​ก่อน​พิมพ์</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>แสดง​หน้า​คู่</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>แสดง​ภาพรวม​ทุก​หน้า</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>แสดง​ทีละ​หน้า</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ขยาย</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ย่อ</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>ตัวเลือก​ขั้นสูง​ขัดแย้ง​กัน</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>ตัวเลือก​งาน​พิมพ์</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>การ​ตั้งค่า​หน้า​กระดาษ​ขัดแย้ง​กัน</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>คุณสมบัติ​เครื่องพิมพ์</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>การ​ตั้งค่า​หน้า​กระดาษ​ขัดแย้ง​กัน ต้องการ​แก้ไข​หรือไม่</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>ตัวเลือก​ขั้นสูง​บาง​รายการ​ขัดแย้ง​กัน ต้องการ​แก้ไข​หรือไม่</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Advanced</source>
        <translation>ขั้นสูง</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>ฟอร์ม</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>หน้า</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>ตัวเลือก​บาง​รายการ​ขัดแย้ง​กัน โปรด​แก้ไข</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>เรียง​ชุด</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>สี</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>โหมด​สี</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>จำนวน​ชุด</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>จำนวน​ชุด:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>หน้า​ปัจจุบัน</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>พิมพ์​สองหน้า</translation>
    </message>
    <message>
        <source>Duplex Printing</source>
        <translation>พิมพ์​สองหน้า</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>ฟอร์ม</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>ขาว​ดำ (เฉด​เทา)</translation>
    </message>
    <message>
        <source>Long side</source>
        <translation>ด้าน​ยาว</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>เข้าเล่ม​ด้าน​ยาว</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่​มี</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>ไม่​ใช้</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>ตัวเลือก</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>การ​ตั้งค่า​ผลลัพธ์</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>ชุด​หน้า(&amp;S):</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>ชุด​หน้า:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>หน้า</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>หน้าที่</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>พิมพ์​ทั้งหมด</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>ช่วง​ที่​พิมพ์</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>ย้อน​ลำดับ</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>ส่วน​ที่​เลือก</translation>
    </message>
    <message>
        <source>Short side</source>
        <translation>ด้าน​สั้น</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>เข้าเล่ม​ด้าน​สั้น</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>ระบุ​หน้า​หรือ​ช่วง​หน้า​คั่น​ด้วย​จุลภาค ช่วง​หน้า​เขียน​เป็น​ตัวเลข​สอง​ตัว​คั่น​ด้วย​ขีด เช่น 3,5-7,9 พิมพ์​หน้า 3, 5, 6, 7 และ 9</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อ(&amp;N):</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>ฟอร์ม</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>ตำแหน่ง:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>ไฟล์​ผลลัพธ์(&amp;F):</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>คุณสมบัติ(&amp;R)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>ชนิด:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Bottom</source>
        <translation>ล่าง​สุด</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>ขอบ​ซ้าย</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>เลื่อน​ลง​หนึ่ง​หน้า</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>เลื่อน​ซ้าย​หนึ่ง​หน้า</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>เลื่อน​ขวา​หนึ่ง​หน้า</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>เลื่อน​ขึ้น​หนึ่ง​หน้า</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>ขอบ​ขวา</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>เลื่อน​ลง</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>เลื่อน​มา​ที่นี่</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>เลื่อน​ซ้าย</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>เลื่อน​ขวา</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>เลื่อน​ขึ้น</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>บนสุด</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>เลื่อน​ซ้าย</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>เลื่อน​ขวา</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>FSI First strong isolate</source>
        <translation>FSI แยก​ตาม​ทิศทาง​ของ​อักขระ​แรก</translation>
    </message>
    <message>
        <source>Insert Unicode control character</source>
        <translation>แทรก​อักขระ​ควบคุม​ยูนิโค้ด</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation>LRE เริ่ม​ฝัง​ข้อความ​ซ้าย​ไป​ขวา</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation>LRI แยก​ข้อความ​ซ้าย​ไป​ขวา</translation>
    </message>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation>LRM เครื่องหมาย​ซ้าย​ไป​ขวา</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation>LRO เริ่ม​บังคับ​ซ้าย​ไป​ขวา</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation>PDF สิ้นสุด​การ​จัด​ทิศทาง</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>PDI สิ้นสุด​การ​แยก​ทิศทาง</translation>
    </message>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation>RLE เริ่ม​ฝัง​ข้อความ​ขวา​ไป​ซ้าย</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation>RLI แยก​ข้อความ​ขวา​ไป​ซ้าย</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation>RLM เครื่องหมาย​ขวา​ไป​ซ้าย</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation>RLO เริ่ม​บังคับ​ขวา​ไป​ซ้าย</translation>
    </message>
    <message>
        <source>ZWJ Zero width joiner</source>
        <translation>ZWJ ตัวเชื่อม​ความ​กว้าง​ศูนย์</translation>
    </message>
    <message>
        <source>ZWNJ Zero width non-joiner</source>
        <translation>ZWNJ ตัว​ไม่​เชื่อม​ความ​กว้าง​ศูนย์</translation>
    </message>
    <message>
        <source>ZWSP Zero width space</source>
        <translation>ZWSP ช่องว่าง​ความ​กว้าง​ศูนย์</translation>
    </message>
</context>
<context>
    <name>QWhatsThisAction</name>
    <message>
        <source>What&apos;s This?</source>
        <translation>นี่​คือ​อะไร?</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิก​ทำ(&amp;U)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>คัดลอก​ที่อยู่​ลิงก์(&amp;L)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือก​ทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation>เสร็จสิ้น(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>วิธีใช้(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ถัดไป(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ถัดไป(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ย้อนกลับ(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>ยืนยัน</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ดำเนินการ​ต่อ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จ</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
</context>
</TS>
