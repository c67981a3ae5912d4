#!/usr/bin/env bash
# Rebuilds the self-hosted Arabic text face subsets in public/fonts from @fontsource/noto-naskh-arabic
# (`npm install --no-save @fontsource/noto-naskh-arabic@5` first; it is not a dependency of the app).
# Needs fontTools with brotli (Debian: apt-get install python3-fonttools python3-brotli).
# The subsets keep Arabic letters (with Persian and Urdu ones for names), harakat, Arabic punctuation
# and digits, guillemets, dashes and the joiners; Latin text falls back to the UI face.
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=${FONT_SRC:-node_modules/@fontsource/noto-naskh-arabic/files}
OUT=public/fonts
PY=${PYTHON:-/usr/bin/python3}
RANGES="U+0600-0670,U+0679,U+067E,U+0686,U+0688,U+0691,U+0698,U+06A9,U+06AF,U+06BA,U+06BE,U+06C1,U+06CC,U+06D2,U+06D4,U+06F0-06F9,U+00AB,U+00BB,U+2010-2015,U+200C-200F,U+2026,U+25CC"
for weight in 400 700; do
  "$PY" -m fontTools.subset "$SRC/noto-naskh-arabic-arabic-$weight-normal.woff2" \
    --unicodes="$RANGES" \
    --layout-features='ccmp,isol,init,medi,fina,rlig,liga,calt,mark,mkmk,curs,kern' \
    --flavor=woff2 --no-hinting --desubroutinize \
    --output-file="$OUT/naskh-arabic-$weight.woff2"
  echo "$OUT/naskh-arabic-$weight.woff2: $(wc -c < "$OUT/naskh-arabic-$weight.woff2") bytes"
done
