#!/usr/bin/env bash
# Re-creates src/main/resources/public/assets/katex/ from KaTeX's npm package (the app serves it itself: no CDN).
# Usage: scripts/vendor-katex.sh [version]   (default: the version below; pick the newest 0.16.x)
# Keeps katex.min.js, katex.min.css, the auto-render contrib, the woff2 fonts (every browser the app supports
# reads woff2) and the licence. The stylesheet's @font-face rules keep only their woff2 source, so that no rule
# points at a font that is not served; nothing else in any file is changed.
set -euo pipefail

version="${1:-0.16.47}"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/src/main/resources/public/assets/katex"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "katex@$version" >/dev/null && tar xzf "katex-$version.tgz")
dist="$work/package/dist"

rm -rf "$out"
mkdir -p "$out/fonts" "$out/contrib"
cp "$dist/katex.min.js" "$out/"
cp "$dist/contrib/auto-render.min.js" "$out/contrib/"
cp "$dist"/fonts/*.woff2 "$out/fonts/"
cp "$work/package/LICENSE" "$out/LICENSE"
sed -E 's/,url\(fonts\/[A-Za-z0-9_-]+\.woff\) format\("woff"\),url\(fonts\/[A-Za-z0-9_-]+\.ttf\) format\("truetype"\)//g' \
    "$dist/katex.min.css" > "$out/katex.min.css"
if grep -Eq '\.(woff|ttf)\)' "$out/katex.min.css"; then
    echo "katex.min.css still names a woff or ttf font: the rule's layout changed, update this script" >&2
    exit 1
fi
for font in $(grep -o 'fonts/[A-Za-z0-9_-]*\.woff2' "$out/katex.min.css" | sort -u); do
    [ -f "$out/$font" ] || { echo "katex.min.css names $font, which the package lacks" >&2; exit 1; }
done
echo "$version" > "$out/VERSION"
echo "KaTeX $version vendored into ${out#"$root/"}"
