; Inno Setup 6.3+ script: a per-user installer for the folder that
; packaging\advisor-journal.spec builds (dist\advisor-journal). packaging\windows\build.ps1
; runs it; by hand, from the repository root:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\advisor-journal.iss
;
; Writes dist\AdvisorJournal-<version>-setup.exe. Installs for the current user only, so
; no administrator is asked for: into %LOCALAPPDATA%\Programs\Advisor Journal, with a
; Start-menu entry (and optionally a desktop one) for the windowed "Advisor Journal.exe",
; which opens no console. advisor-journal.exe beside it is the command line. The journal
; (%LOCALAPPDATA%\advisor-journal) is never touched by installing, upgrading or
; uninstalling.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (journal/__init__.py __version__)
#endif
#define AppName "Advisor Journal"
#define WindowExe "Advisor Journal.exe"
; Relative to this file's folder.
#define AppFolder "..\..\dist\advisor-journal"

[Setup]
; Never change the AppId after the first release: it is how an upgrade finds the
; installed copy.
AppId={{6F1C2B7E-4D1A-4B9C-9B8E-2A7D5C3E1F40}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Advisor Journal contributors
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=AdvisorJournal-{#AppVersion}-setup
SetupIconFile=..\icons\advisor-journal.ico
UninstallDisplayIcon={app}\{#WindowExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Offers to close a running Advisor Journal before replacing its files.
CloseApplications=yes
; Signing (removes most SmartScreen and antivirus warnings; docs/packaging.md): define a
; sign tool named "signtool" in the Inno Setup IDE or with iscc /S, then uncomment:
; SignTool=signtool
; SignedUninstaller=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade must not leave an older build's libraries beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#AppFolder}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#WindowExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#WindowExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#WindowExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
