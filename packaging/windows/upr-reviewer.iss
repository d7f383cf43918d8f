; Inno Setup script: the Windows installer for the one-folder PyInstaller bundle.
;
; Run by `python packaging\build.py` on Windows, which passes every value below that
; comes from pyproject.toml, for example:
;   ISCC.exe /DAppVersion=0.1.0 /DAppName="UPR Reviewer" /DAppExeName=upr-reviewer.exe
;            /DAppPublisher="..." /DAppId={{...} /DSourceDir=dist\upr-reviewer
;            /DOutputDir=dist /DIconFile=build\icons\upr-reviewer.ico
;            [/DLicenseFile=LICENSE] packaging\windows\upr-reviewer.iss
; Written for Inno Setup 6.3 or later (x64compatible, {autopf}, WizardStyle=modern).
; Reviewed against the Inno Setup documentation; not run on this project's machines.

#ifndef AppVersion
  #error Run through packaging\build.py (or pass /DAppVersion=... and the other defines)
#endif
#ifndef AppName
  #define AppName "UPR Reviewer"
#endif
#ifndef AppExeName
  #define AppExeName "upr-reviewer.exe"
#endif
#ifndef AppPublisher
  #define AppPublisher "UPR Reviewer developers"
#endif
#ifndef OutputBaseName
  #define OutputBaseName "upr-reviewer-" + AppVersion + "-windows-x64-setup"
#endif

[Setup]
; AppId never changes between versions: it is how Windows finds the installed copy
; to upgrade or uninstall.  ({{ is Inno's escape for a literal brace.)
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright={#AppCopyright}
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights by default; the
; dialog lets an administrator install for all users instead.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
; The bundle is 64-bit (the Python and Qt it was built with).
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
#ifdef LicenseFile
LicenseFile={#LicenseFile}
#endif
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBaseName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running copy before replacing its files.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; A one-folder bundle changes its file list between versions: remove the old
; runtime before copying the new one, so no stale library is loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

; User data (workspaces, settings, logs) lives in the user's AppData folders and is
; deliberately left in place on uninstall: it is the user's work.
