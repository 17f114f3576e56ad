#!/usr/bin/env bash
# Regenerates the committed image fixtures in test/fixtures/images (needs ImageMagick 6
# at /usr/bin/convert and DejaVu fonts). Synthetic "x-rays": a blurred radial gradient
# with noise, and overlays the way PACS screenshots burn them in (corners, white on dark).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=test/fixtures/images
IM=/usr/bin/convert
mkdir -p "$OUT"

xray() { # size pointsize out [extra convert args...]
  local size=$1 pt=$2 out=$3; shift 3
  local bottom=$((size - size / 30))
  $IM -size ${size}x${size} radial-gradient:gray55-black -blur 0x8 \
    \( -size ${size}x${size} xc:gray50 +noise Gaussian -colorspace Gray -blur 0x1 \) \
    -compose softlight -composite \
    -fill "${FILL:-white}" -font DejaVu-Sans-Mono -pointsize "$pt" \
    -annotate +$((size / 25))+$((size / 16)) 'DOE, JANE  MRN 00482917  DOB 1957-03-14' \
    -annotate +$((size / 25))+$((size / 16 + pt * 3 / 2)) 'ACC 7730214  F 67Y' \
    -pointsize $((pt * 4 / 5)) \
    -annotate +$((size / 25))+$bottom 'ST MARYS HOSPITAL  CHEST PA  2024-11-02' \
    "$@" -colorspace Gray -depth 8 -strip "$OUT/$out"
}

xray 1024 28 xray-1024.png
xray 2048 48 xray-2048.jpg -quality 85
FILL=gray70 xray 1024 24 xray-low-contrast.png
xray 768 16 xray-small-font.png
# A phone photo of a monitor: slightly rotated, with a dark bezel.
$IM "$OUT/xray-1024.png" -background black -rotate 4 +repage -gravity center -extent 1100x1100 -strip "$OUT/xray-skewed.png"
# DICOM-style caret name, as some viewers print it.
$IM -size 1024x1024 radial-gradient:gray50-black -blur 0x8 -fill white -font DejaVu-Sans-Mono -pointsize 28 \
  -annotate +40+60 'TREMBLAY^MARIE  ID 5550123' -annotate +40+990 'RAMQ TREM31531299  2025-01-07' \
  -colorspace Gray -depth 8 -strip "$OUT/xray-dicom-caret.png"
# No text at all: must give no findings.
$IM -size 1024x1024 radial-gradient:gray55-black -blur 0x8 -colorspace Gray -depth 8 -strip "$OUT/xray-no-text.png"
# A plain photo-like gradient with no text; EXIF is added by gen-test-exif.ts.
$IM -size 800x600 gradient:skyblue-darkgreen -quality 90 -strip "$OUT/plain.jpg"
cp "$OUT/plain.jpg" "$OUT/plain-no-metadata.jpg"
# Corrupt and non-image inputs.
head -c 2000 "$OUT/xray-2048.jpg" > "$OUT/truncated.jpg"
printf 'this is not an image, just text named like one\n' > "$OUT/not-an-image.png"
npx tsx scripts/gen-test-exif.ts
echo "fixtures written to $OUT"
