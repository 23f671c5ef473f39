; NSIS 3 script of the Windows installer of cittadinanza (built on Linux with Debian's makensis).
; scripts/build-windows cross-builds the .exe and runs, from the repository root:
;   makensis -DVERSION=<version from Cargo.toml> -DBINDIR=<folder of cittadinanza.exe> \
;            -DROOT=<repository root> -DOUTFILE=<installer path> packaging/windows/cittadinanza.nsi
; Per-user install (no administrator rights) in %LOCALAPPDATA%\Programs\Cittadinanza, a
; Start-menu shortcut, an uninstaller, the .cittadinanza file type under HKCU, Italian and
; English pages. Drafts and documents live in the user's data folder and are kept on uninstall.

Unicode true
; A 64-bit installer for a 64-bit program (and Debian's 64-bit-only Wine can run it in CI).
Target amd64-unicode
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "pass -DVERSION=<version> (the version in Cargo.toml)"
!endif
!ifndef ROOT
  !define ROOT "..\.."
!endif
!ifndef BINDIR
  !define BINDIR "${ROOT}\target\x86_64-pc-windows-gnu\release"
!endif
!ifndef OUTFILE
  !define OUTFILE "${ROOT}\target\installer\cittadinanza-${VERSION}-setup.exe"
!endif

!define APPNAME "Cittadinanza"
!define APPEXE "cittadinanza.exe"
!define PUBLISHER "The cittadinanza authors"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Cittadinanza"
!define PROGID "Cittadinanza.Applicant"
!define EXT ".cittadinanza"

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "Software\${APPNAME}" "InstallDir"
RequestExecutionLevel user
ShowInstDetails show

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${APPNAME} ${VERSION} setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT OR Apache-2.0"

!include "MUI2.nsh"

!define MUI_ICON "${ROOT}\assets\icons\cittadinanza.ico"
!define MUI_UNICON "${ROOT}\assets\icons\cittadinanza.ico"
!define MUI_ABORTWARNING
; The language chosen in the first dialog is remembered for the uninstaller.
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "Software\${APPNAME}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APPEXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${ROOT}\LICENSE-MIT"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; Italian first: it is the default when the system language is neither.
!insertmacro MUI_LANGUAGE "Italian"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString FileTypeName ${LANG_ITALIAN} "Pratica di cittadinanza"
LangString FileTypeName ${LANG_ENGLISH} "Citizenship application"
LangString AppDescription ${LANG_ITALIAN} "Domande di cittadinanza italiana (art. 5 e art. 9, legge 91/1992)"
LangString AppDescription ${LANG_ENGLISH} "Italian citizenship applications (art. 5 and art. 9, Law 91/1992)"

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Cittadinanza" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File "${BINDIR}\${APPEXE}"
  File "${ROOT}\LICENSE-MIT"
  File "${ROOT}\LICENSE-APACHE"
  File "${ROOT}\assets\fonts\LICENSE-DejaVu.txt"
  File "${ROOT}\assets\fonts\LICENSE-Noto.txt"
  File "${ROOT}\README.md"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\${APPEXE}" "" "$INSTDIR\${APPEXE}" 0 \
    SW_SHOWNORMAL "" "$(AppDescription)"

  WriteRegStr HKCU "Software\${APPNAME}" "InstallDir" "$INSTDIR"

  ; The .cittadinanza file type (an applicant exported with a passphrase): its name and icon,
  ; and "open" starts the app with the file's path as its argument.
  WriteRegStr HKCU "Software\Classes\${EXT}" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\${EXT}" "Content Type" "application/x-cittadinanza"
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "$(FileTypeName)"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" '"$INSTDIR\${APPEXE}",0'
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${APPEXE}" "%1"'

  ; Apps & features.
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" '"$INSTDIR\${APPEXE}"'
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1

  ; SHCNE_ASSOCCHANGED: Explorer shows the new icon without a restart.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$INSTDIR\${APPEXE}"
  Delete "$INSTDIR\LICENSE-MIT"
  Delete "$INSTDIR\LICENSE-APACHE"
  Delete "$INSTDIR\LICENSE-DejaVu.txt"
  Delete "$INSTDIR\LICENSE-Noto.txt"
  Delete "$INSTDIR\README.md"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APPNAME}.lnk"

  ; Only remove the file type if it is still ours.
  ReadRegStr $0 HKCU "Software\Classes\${EXT}" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegKey HKCU "Software\Classes\${EXT}"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "${UNINSTKEY}"
  DeleteRegKey HKCU "Software\${APPNAME}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
