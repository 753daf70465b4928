; Inno Setup 6 script for TJ Desk on Windows 10/11 (64-bit).
;
; Build on Windows, from the project folder, after `make package` (or the PyInstaller command
; in docs/RELEASE.md) has made dist\tjdesk\ :
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\tjdesk.iss
; The installer lands in dist\tjdesk-<version>-windows-setup.exe.
;
; What it does:
;  - installs the one-folder program (per user without an administrator password, or for
;    everyone on the PC if the person installing chooses so and is an administrator);
;  - a Start-menu entry (and, if ticked, a desktop icon) that opens TJ Desk with no console;
;  - starts the alarm service at every sign-in (a "Run" registry value), so the panic button
;    lights the light outside the room before anyone opens the app;
;  - runs `tjdesk --self-test` at the end and says plainly if it failed.
;
; What it never does: delete the vault, the alarm journal or the settings. They live in
; %LOCALAPPDATA%\TJDesk (each user's own), which this script neither installs nor lists for
; deletion, so uninstalling and upgrading leave them exactly as they were. DO NOT add an
; [UninstallDelete] entry for that folder.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "TJ Desk"
#define GuiExe "tjdesk-gui.exe"
#define CliExe "tjdesk.exe"
#define RunValue "TJ Desk alarm service"

[Setup]
; The AppId identifies TJ Desk to Windows across versions: never change it.
AppId={{6F1C2B8E-4A3D-4E59-9C3B-7D2A1E5F0B94}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=TJ Desk contributors
DefaultDirName={autopf}\TJ Desk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default: no administrator needed; the dialog offers "for all users".
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 or later.
MinVersion=10.0
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=tjdesk-{#AppVersion}-windows-setup
SetupIconFile=packaging\windows\tjdesk.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; An upgrade closes a running TJ Desk (and the alarm service) through the Restart Manager,
; replaces the program, and the service starts again at the next sign-in or when the app opens.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Thai is not among Inno Setup's official translations. If Thai.isl (from the unofficial
; translations on jrsoftware.org) is placed beside this script, add:
; Name: "thai"; MessagesFile: "packaging\windows\Thai.isl"

[Tasks]
Name: "alarmatlogin"; Description: "Start the alarm service when I sign in to Windows (recommended)"; GroupDescription: "Panic alarm:"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\tjdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; Plain text, so Notepad opens it on any PC (Markdown reads fine as text).
Source: "docs\INSTALL.md"; DestDir: "{app}\docs"; DestName: "Installation guide.txt"; Flags: ignoreversion
; The DIY panic box's firmware, for copying to the Raspberry Pi Pico (INSTALL.md, part 1).
Source: "hardware\firmware\panicbox\main.py"; DestDir: "{app}\firmware\panicbox"; Flags: ignoreversion
Source: "hardware\firmware\panicbox\logic.py"; DestDir: "{app}\firmware\panicbox"; Flags: ignoreversion
Source: "hardware\firmware\panicbox\board_pico.py"; DestDir: "{app}\firmware\panicbox"; Flags: ignoreversion
Source: "hardware\firmware\panicbox\README.md"; DestDir: "{app}\firmware\panicbox"; Flags: ignoreversion skipifsourcedoesntexist
Source: "docs\img\*.png"; DestDir: "{app}\docs\img"; Flags: ignoreversion skipifsourcedoesntexist

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"
Name: "{group}\{#AppName} installation guide"; Filename: "{app}\docs\Installation guide.txt"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; HKA = the current user's Run key for a per-user install, the machine's for an all-users one.
; The windowed program, so no console window opens at sign-in. The service reads its devices
; and room from the alarm settings the app saves; before the alarm is set up it runs with no
; device and picks the devices up when the settings are saved.
Root: HKA; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "{#RunValue}"; ValueData: """{app}\{#GuiExe}"" alarm serve"; Flags: uninsdeletevalue; Tasks: alarmatlogin

[Run]
; Start the alarm service now too, so the room is protected straight after installing or
; updating (an update stops the old one), not only from the next sign-in. As the person who
; signed in, even when the installer itself runs as an administrator.
Filename: "{app}\{#GuiExe}"; Parameters: "alarm serve"; Flags: nowait runasoriginaluser; Tasks: alarmatlogin
Filename: "{app}\{#GuiExe}"; Description: "Open {#AppName} now"; Flags: postinstall nowait skipifsilent runasoriginaluser

[UninstallRun]
; End the running alarm service so its files can be removed. `tjdesk alarm stop` needs a
; signed-in member of staff once the vault has exported its staff roster, which an uninstaller
; has not, so the program is ended the way Windows ends it at shutdown (the journal it wrote
; stays; nothing latched on the box is turned off by this). If none runs, nothing happens.
Filename: "{sys}\taskkill.exe"; Parameters: "/F /IM {#GuiExe} /IM {#CliExe}"; Flags: runhidden waituntilterminated; RunOnceId: "StopAlarmService"

[Code]
// After the files are in place, run the self-test on the installed program (a throwaway
// vault in a temporary folder, the rule sheet to PDF, the simulated alarm: nothing real).
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
begin
  if CurStep = ssPostInstall then
  begin
    if not Exec(ExpandConstant('{app}\{#CliExe}'), '--self-test', ExpandConstant('{app}'),
                SW_HIDE, ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
    begin
      if not WizardSilent() then
        MsgBox('TJ Desk is installed, but its self-test failed (code ' + IntToStr(ResultCode) +
               ').' + #13#10 + 'Open a Command Prompt in ' + ExpandConstant('{app}') +
               ' and run:  tjdesk --self-test' + #13#10 +
               'to see which check failed, and report it.', mbError, MB_OK);
    end;
  end;
end;

// Uninstalling says where the records were kept, so nobody thinks they are gone.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    MsgBox('TJ Desk is removed. Your vault, alarm journal and settings were KEPT in:' + #13#10 +
           ExpandConstant('{localappdata}') + '\TJDesk' + #13#10 +
           'Delete that folder yourself only if you are sure the records are no longer needed.',
           mbInformation, MB_OK);
end;
