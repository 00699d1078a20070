#!/usr/bin/env bash
# Put dist/Advisor Journal.app (packaging/advisor-journal.spec) into a .dmg, signed and
# notarised when the credentials are there. scripts/build-app runs it on a Mac:
#
#   packaging/macos/make-dmg.sh VERSION
#
# Writes dist/AdvisorJournal-VERSION-macos-ARCH.dmg. Unsigned unless these are set:
#   MACOS_SIGN_IDENTITY   "Developer ID Application: Name (TEAMID)", in the keychain
#   MACOS_NOTARY_PROFILE  a profile saved by `xcrun notarytool store-credentials`
# (docs/packaging.md says how to get both). What this avoids (PyInstaller issue #8927:
# "The signature of the binary is invalid" for the Qt libraries at notarisation):
#  * the .app passes through nothing that drops or rewrites symbolic links (cp -r, zip,
#    unzip): ditto copies it, hdiutil packs it;
#  * signing goes inside-out (every Mach-O file, deepest first, then the .app), with the
#    hardened runtime and a timestamp, never --deep;
#  * nothing inside the .app changes after signing.
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=${1:?usage: make-dmg.sh VERSION}
APP="dist/Advisor Journal.app"
DMG="dist/AdvisorJournal-$VERSION-macos-$(uname -m).dmg"
ENTITLEMENTS=packaging/macos/entitlements.plist
[ -d "$APP" ] || { echo "make-dmg: no $APP; build it first (scripts/build-app)" >&2; exit 1; }

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  echo "signing $APP as $MACOS_SIGN_IDENTITY"
  find "$APP/Contents" -type f -print0 | xargs -0 file | grep "Mach-O" | cut -d: -f1 |
    awk '{ print length, $0 }' | sort -rn | cut -d" " -f2- |
    while IFS= read -r binary; do
      codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
        --sign "$MACOS_SIGN_IDENTITY" "$binary"
    done
  codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
    --sign "$MACOS_SIGN_IDENTITY" "$APP"
  codesign --verify --strict --verbose=2 "$APP"
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
ditto "$APP" "$stage/Advisor Journal.app"
ln -s /Applications "$stage/Applications"  # drag the app onto it to install
rm -f "$DMG"
hdiutil create -volname "Advisor Journal" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$DMG"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
  if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose "$DMG"
  fi
fi
echo "$DMG ($(du -h "$DMG" | cut -f1))"
