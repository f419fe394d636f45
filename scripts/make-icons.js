#!/usr/bin/env node
// Writes the add-in's icons to assets/ as PNG files, with no dependency beyond Node itself:
// each glyph is drawn as shapes on a green rounded square, anti-aliased by supersampling, and
// encoded by hand (IHDR + IDAT via zlib + IEND, CRC32 computed here).
//
//   node scripts/make-icons.js          # writes assets/*.png
//
// icon-*     the add-in and the 核查面板 button: a white check mark
// check-*    检查工作簿: a magnifying glass
// summary-*  一键生成汇总表: a table with a header row
// clear-*    清除标记: a white cross
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const GREEN = [0x2e, 0x7d, 0x32]; // Material green 800: readable on light and dark ribbons
const WHITE = [0xff, 0xff, 0xff];

// ---------- PNG encoding ----------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** rgba: Uint8Array of size*size*4, straight (not premultiplied) alpha. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------- shapes, in unit coordinates (0..1, y down) ----------

function roundedRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
  };
}

function rect(x0, y0, x1, y1) {
  return (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

function distToSegment(x, y, [ax, ay], [bx, by]) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (ax + t * vx), y - (ay + t * vy));
}

/** A polyline of the given width with round joins and caps. */
function stroke(points, width) {
  return (x, y) => {
    for (let i = 0; i + 1 < points.length; i++) {
      if (distToSegment(x, y, points[i], points[i + 1]) <= width / 2) return true;
    }
    return false;
  };
}

function ring(cx, cy, r, width) {
  return (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) <= width / 2;
}

const any = (...shapes) => (x, y) => shapes.some((s) => s(x, y));
const minus = (a, b) => (x, y) => a(x, y) && !b(x, y);

// Strokes get thicker, relative to the icon, at small sizes, so that 16 px stays legible.
const weight = (size) => (size <= 16 ? 0.17 : size <= 32 ? 0.14 : 0.12);

const GLYPHS = {
  icon: (size) => stroke([[0.25, 0.53], [0.43, 0.7], [0.76, 0.33]], weight(size)),
  check: (size) => {
    const w = weight(size);
    return any(ring(0.44, 0.44, 0.2, w), stroke([[0.59, 0.59], [0.76, 0.76]], w * 1.15));
  },
  summary: (size) => {
    // Straight lines snapped to the pixel grid, so that they stay crisp at 16 px.
    const px = (v) => Math.round(v * size) / size;
    const w = Math.max(1, Math.round(size * 0.06)) / size;
    const x0 = px(0.19), x1 = px(0.81), y0 = px(0.19), y1 = px(0.81);
    const outline = minus(rect(x0, y0, x1, y1), rect(x0 + w, y0 + w, x1 - w, y1 - w));
    const header = rect(x0, y0, x1, px(0.38));
    const rowLine = rect(x0, px(0.56), x1, px(0.56) + w);
    const colLine = rect(px(0.38), y0, px(0.38) + w, y1);
    return any(outline, header, rowLine, colLine);
  },
  clear: (size) => {
    const w = weight(size);
    return any(stroke([[0.3, 0.3], [0.7, 0.7]], w), stroke([[0.7, 0.3], [0.3, 0.7]], w));
  },
};

function render(size, glyph) {
  const background = roundedRect(0.03, 0.03, 0.97, 0.97, 0.2);
  const fore = glyph(size);
  const n = size <= 32 ? 8 : 4; // subsamples per axis
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          if (background(x, y)) {
            bg++;
            if (fore(x, y)) fg++;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (bg === 0) continue; // transparent
      const f = fg / bg; // share of white inside the square
      for (let c = 0; c < 3; c++) out[i + c] = Math.round(GREEN[c] * (1 - f) + WHITE[c] * f);
      out[i + 3] = Math.round((255 * bg) / (n * n));
    }
  }
  return out;
}

const SETS = [
  ['icon', [16, 32, 64, 80, 128]],
  ['check', [16, 32, 80]],
  ['summary', [16, 32, 80]],
  ['clear', [16, 32, 80]],
];

/** Every icon as { file, size, rgba }, file relative to assets/. */
function renderAll() {
  const icons = [];
  for (const [name, sizes] of SETS) {
    for (const size of sizes) icons.push({ file: `${name}-${size}.png`, size, rgba: render(size, GLYPHS[name]) });
  }
  return icons;
}

function main() {
  const dir = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(dir, { recursive: true });
  for (const icon of renderAll()) {
    fs.writeFileSync(path.join(dir, icon.file), encodePng(icon.size, icon.rgba));
    console.log(`assets/${icon.file}`);
  }
}

if (require.main === module) main();

module.exports = { renderAll, encodePng, crc32 };
