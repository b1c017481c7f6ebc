; Inno Setup script for the Windows installer of the one-folder app that build.spec makes in
; "dist\Fan Companion". Built in CI (.github/workflows/build.yml):
;   iscc /DAppVersion=0.1.0 packaging\windows\fan-companion.iss
; Per-user install by default (no admin prompt), with an "all users" choice.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Fan Companion"
#define AppExe "FanCompanion.exe"
#define SourceDir "..\..\dist\Fan Companion"

[Setup]
; The AppId keeps upgrades and uninstall tied to one product: never change it.
AppId={{6F1C2A57-3B8E-4C1D-9E0A-5D2B7F4A8C31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Fan Companion developers
AppPublisherURL=https://github.com/fan-companion/fan-companion
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Fan-Companion-{#AppVersion}-setup
; Made from companion-256.png by the workflow step (Pillow, from the build extra).
SetupIconFile=..\..\dist\companion.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; The app may be running in the tray: ask it to close before files are replaced.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; Toasts (desktop-notifier, companion/ui/shell/library_notify.py) are shown for an app id only
; when a Start-menu shortcut carries it; without it Windows drops them without a word.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "io.github.fan_companion"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; "Open with Fan Companion" for calendars and statements, as the Linux desktop file offers.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".ics"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".ofx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".qfx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".qif"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".csv"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; The start-at-login entry the app may have written (HKCU Run) is removed by the app's own
; setting; the fan's data folder is left alone on purpose.
Type: filesandordirs; Name: "{app}"
