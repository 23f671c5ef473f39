#!/usr/bin/env bash
# Builds target/macos/Cittadinanza.app (and a .dmg when hdiutil exists) on macOS:
#   packaging/macos/bundle.sh            # universal2 when both Rust targets are installed
# Sign and notarise afterwards with your Developer ID:
#   codesign --deep --options runtime --sign "Developer ID Application: ..." target/macos/Cittadinanza.app
#   xcrun notarytool submit target/macos/Cittadinanza.dmg --keychain-profile ... --wait
set -euo pipefail
cd "$(dirname "$0")/../.."

app=target/macos/Cittadinanza.app
targets=(aarch64-apple-darwin x86_64-apple-darwin)
installed=$(rustup target list --installed 2>/dev/null || true)
binaries=()
for target in "${targets[@]}"; do
  if grep -qx "$target" <<<"$installed"; then
    cargo build --release --locked --target "$target" --bin cittadinanza
    binaries+=("target/$target/release/cittadinanza")
  fi
done
if [ "${#binaries[@]}" -eq 0 ]; then
  cargo build --release --locked --bin cittadinanza
  binaries=(target/release/cittadinanza)
fi

rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
if [ "${#binaries[@]}" -gt 1 ]; then
  lipo -create -output "$app/Contents/MacOS/cittadinanza" "${binaries[@]}"
else
  cp "${binaries[0]}" "$app/Contents/MacOS/cittadinanza"
fi
cp packaging/macos/Info.plist "$app/Contents/Info.plist"
cp assets/icons/cittadinanza.icns "$app/Contents/Resources/"
cp LICENSE-MIT LICENSE-APACHE assets/fonts/LICENSE-DejaVu.txt assets/fonts/LICENSE-Noto.txt "$app/Contents/Resources/"
plutil -lint "$app/Contents/Info.plist"
echo "built $app"

if command -v hdiutil >/dev/null; then
  hdiutil create -volname Cittadinanza -srcfolder "$app" -ov -format UDZO target/macos/Cittadinanza.dmg
fi
