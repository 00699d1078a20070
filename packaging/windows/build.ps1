# Build the standalone Advisor Journal on Windows, smoke-test it, and package it as a zip
# and (when Inno Setup 6 is installed) a per-user installer. From the repository root:
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Python 3.11 or newer (python.org installer, "py" launcher) and, for the
# installer, Inno Setup 6 (https://jrsoftware.org/isinfo.php, or: choco install innosetup).
# Makes build\venv-app, builds dist\advisor-journal\ with packaging\advisor-journal.spec
# (advisor-journal.exe: the command line; "Advisor Journal.exe": the window, no console),
# runs packaging\smoke_test.py, then writes
#   dist\advisor-journal-VERSION-windows-x64.zip
#   dist\AdvisorJournal-VERSION-setup.exe
# Set $env:PYTHON to choose the Python (default: "py -3.11").
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$env:PIP_DISABLE_PIP_VERSION_CHECK = "1"

function Invoke-Checked {
    # Invoke-Checked PROGRAM ARGUMENTS...: runs it and stops when it fails (PowerShell
    # does not stop on a program's exit code). A plain function on purpose: its $args
    # take "-m" and "--quiet" as they are.
    $program = $args[0]
    $rest = @($args | Select-Object -Skip 1)
    & $program @rest
    if ($LASTEXITCODE -ne 0) { throw "$program $rest failed with exit code $LASTEXITCODE" }
}

$venv = "build\venv-app"
$python = "$venv\Scripts\python.exe"
if (-not (Test-Path $python)) {
    if ($env:PYTHON) { Invoke-Checked $env:PYTHON -m venv $venv }
    else { Invoke-Checked py -3.11 -m venv $venv }
}
Write-Host "== installing the app and the build tools into $venv"
Invoke-Checked $python -m pip install --quiet . -r packaging\requirements-build.txt
$version = (& $python -c "import journal; print(journal.__version__)").Trim()

Write-Host "== building Advisor Journal $version"
if (Test-Path dist\advisor-journal) { Remove-Item -Recurse -Force dist\advisor-journal }
$began = Get-Date
Invoke-Checked $python -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\advisor-journal.spec
$seconds = [int]((Get-Date) - $began).TotalSeconds
$bytes = (Get-ChildItem -Recurse -File dist\advisor-journal | Measure-Object -Sum Length).Sum
Write-Host ("built dist\advisor-journal in {0} s: {1:N1} MB" -f $seconds, ($bytes / 1MB))

Write-Host "== smoke test in a clean environment"
Invoke-Checked $python packaging\smoke_test.py dist\advisor-journal\advisor-journal.exe `
    --window-exe "dist\advisor-journal\Advisor Journal.exe"

Write-Host "== packaging"
$zip = "dist\advisor-journal-$version-windows-x64.zip"
if (Test-Path $zip) { Remove-Item $zip }
Compress-Archive -Path dist\advisor-journal -DestinationPath $zip
Write-Host $zip

$iscc = @(
    "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
    "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
    "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
) | Where-Object { Test-Path $_ } | Select-Object -First 1
if ($iscc) {
    Invoke-Checked $iscc /Qp "/DAppVersion=$version" packaging\windows\advisor-journal.iss
    Write-Host "dist\AdvisorJournal-$version-setup.exe"
} else {
    Write-Host "Inno Setup 6 not found: no installer made (the zip is complete)."
}
