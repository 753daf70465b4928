@echo off
rem The TJ Desk alarm network's broker (Eclipse Mosquitto) as a Windows service.
rem Run as administrator, after installing Mosquitto (mosquitto.org/download) and
rem   tjdesk network init --dir C:\TJDeskBroker --site SITE --broker-host HOST
rem Usage: tjdesk-broker-service.cmd C:\TJDeskBroker
rem The Mosquitto service reads mosquitto.conf in Mosquitto's own folder (MOSQUITTO_DIR):
rem ours is copied there (its paths are absolute); the one it replaces is kept beside it.
setlocal
set "BROKER_DIR=%~1"
if "%BROKER_DIR%"=="" (
  echo Usage: %~nx0 BROKER_FOLDER
  exit /b 2
)
if not exist "%BROKER_DIR%\mosquitto.conf" (
  echo %BROKER_DIR% holds no mosquitto.conf: run "tjdesk network init --dir %BROKER_DIR% ..." first.
  exit /b 1
)
if "%MOSQUITTO_DIR%"=="" set "MOSQUITTO_DIR=%ProgramFiles%\mosquitto"
if not exist "%MOSQUITTO_DIR%\mosquitto.exe" (
  echo Mosquitto is not installed in %MOSQUITTO_DIR%. Install it from https://mosquitto.org/download/
  exit /b 1
)
if exist "%MOSQUITTO_DIR%\mosquitto.conf" copy /Y "%MOSQUITTO_DIR%\mosquitto.conf" "%MOSQUITTO_DIR%\mosquitto.conf.before-tjdesk" >nul
copy /Y "%BROKER_DIR%\mosquitto.conf" "%MOSQUITTO_DIR%\mosquitto.conf" >nul || exit /b 1
"%MOSQUITTO_DIR%\mosquitto.exe" install
sc config mosquitto start= auto >nul
netsh advfirewall firewall add rule name="TJ Desk alarm broker" dir=in action=allow protocol=TCP localport=8883 >nul
net stop mosquitto >nul 2>&1
net start mosquitto || exit /b 1
echo The alarm network's broker runs as the Windows service "mosquitto" and starts with the computer.
endlocal
