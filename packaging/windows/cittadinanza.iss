; Inno Setup 6 script for the Windows installer of cittadinanza.
; Build the app first (cargo build --release), then from the repository root:
;   iscc packaging\windows\cittadinanza.iss
; The installer is written to target\installer\cittadinanza-<version>-setup.exe.
; Keep AppVersion equal to the version in Cargo.toml (scripts/check-packaging verifies it).

#define AppName "Cittadinanza"
#define AppVersion "0.1.0"
#define AppExe "cittadinanza.exe"
#define Root "..\.."

[Setup]
; A fixed GUID: upgrades replace the installed version.
AppId={{6C1C7E0A-3B3F-4F5E-9A59-2D1A6E7F4C21}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The cittadinanza authors
AppComments=Italian citizenship applications (art. 5 and art. 9, Law 91/1992)
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install by default (no administrator rights needed); the dialog offers all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile={#Root}\LICENSE-MIT
SetupIconFile={#Root}\assets\icons\cittadinanza.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir={#Root}\target\installer
OutputBaseFilename=cittadinanza-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\target\release\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Root}\LICENSE-MIT"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Root}\LICENSE-APACHE"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Root}\assets\fonts\LICENSE-DejaVu.txt"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Root}\assets\fonts\LICENSE-Noto.txt"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Root}\README.md"; DestDir: "{app}"; Flags: ignoreversion isreadme

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Drafts and documents live in the user's data folder and are NOT removed on uninstall.
