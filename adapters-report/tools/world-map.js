// Regenerates src/main/resources/se/omvarld/adapter/report/chart/world-map.tsv from Natural Earth's country
// boundaries as packaged on npm. A one-off tool: the build never runs it.
//   cd "$(mktemp -d)" && npm install world-atlas@2.0.2 topojson-client@3.1.0 i18n-iso-countries@7.14.0
//   NODE_PATH=node_modules node /path/to/adapters-report/tools/world-map.js > /path/to/.../chart/world-map.tsv
// Countries come from the 1:110m file; those too small to be in it (Malta, Singapore, Andorra, ...) from the 1:50m
// file. Antarctica is left out. Projection: Natural Earth I, scaled to a 1000-wide box, one decimal.
const topojson = require("topojson-client");
const iso = require("i18n-iso-countries");

const WIDTH = 1000;
const PRECISION = 10;
const MAX_LAT = 84 * Math.PI / 180;
const MIN_LAT = -58 * Math.PI / 180;

function project([lon, lat]) {
  const lambda = lon * Math.PI / 180;
  const phi = lat * Math.PI / 180;
  const phi2 = phi * phi, phi4 = phi2 * phi2;
  return [
    lambda * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4))),
    phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4))),
  ];
}

const [left] = project([-180, 0]);
const [right] = project([180, 0]);
const [, top] = project([0, MAX_LAT * 180 / Math.PI]);
const [, bottom] = project([0, MIN_LAT * 180 / Math.PI]);
const scale = WIDTH / (right - left);
const height = Math.round((top - bottom) * scale);

function toBox(point) {
  const [x, y] = project(point);
  return [Math.round((x - left) * scale * PRECISION), Math.round((top - y) * scale * PRECISION)];
}

function fixed(v) {
  return (v / PRECISION).toString();
}

// A ring as an SVG path: the first point absolute, the rest relative, repeated points dropped.
function ring(coordinates) {
  const points = coordinates.map(toBox);
  let [px, py] = points[0];
  let path = "M" + fixed(px) + " " + fixed(py) + "l";
  let moved = false;
  for (const [x, y] of points.slice(1)) {
    if (x === px && y === py) continue;
    const dx = x - px, dy = y - py;
    path += (moved && dx >= 0 ? " " : "") + fixed(dx) + (dy >= 0 ? " " : "") + fixed(dy);
    px = x; py = y; moved = true;
  }
  return path + "z";
}

// Rings that cross the antimeridian (Russia, Fiji, Kiribati) come as jumps from +180 to -180: unwrap them into one
// continuous ring, then draw the part east of +180 again from -180, each part clipped to the map's edge.
function unwrap(coordinates) {
  const out = [coordinates[0].slice()];
  for (const [lon, lat] of coordinates.slice(1)) {
    let l = lon;
    const previous = out[out.length - 1][0];
    while (l - previous > 180) l -= 360;
    while (previous - l > 180) l += 360;
    out.push([l, lat]);
  }
  return out;
}

// Sutherland-Hodgman against one meridian: keep the side where sign * (lon - edge) <= 0.
function clip(coordinates, edge, sign) {
  const inside = ([lon]) => sign * (lon - edge) <= 0;
  const out = [];
  for (let i = 0; i < coordinates.length; i++) {
    const current = coordinates[i];
    const previous = coordinates[(i + coordinates.length - 1) % coordinates.length];
    if (inside(current) !== inside(previous)) {
      const t = (edge - previous[0]) / (current[0] - previous[0]);
      out.push([edge, previous[1] + t * (current[1] - previous[1])]);
    }
    if (inside(current)) out.push(current);
  }
  return out;
}

function pieces(coordinates) {
  const ring = unwrap(coordinates);
  const lons = ring.map(([lon]) => lon);
  const min = Math.min(...lons), max = Math.max(...lons);
  if (min >= -180 && max <= 180) return [coordinates];
  const shift = max > 180 ? -360 : 360;
  const moved = ring.map(([lon, lat]) => [lon + shift, lat]);
  return [clip(ring, shift < 0 ? 180 : -180, shift < 0 ? 1 : -1), clip(moved, shift < 0 ? -180 : 180,
    shift < 0 ? -1 : 1)].filter((piece) => piece.length >= 3);
}

// The centre and largest side of a country's box, for the dot that marks a country too small to see. Longitudes are
// taken around the country's first point, so that Fiji's or Kiribati's islands either side of 180° make one box.
function box(feature) {
  const points = polygons(feature.geometry).flat(2);
  const reference = points[0][0];
  let west = Infinity, east = -Infinity, south = Infinity, north = -Infinity;
  for (const [lon, lat] of points) {
    let l = lon;
    while (l - reference > 180) l -= 360;
    while (reference - l > 180) l += 360;
    west = Math.min(west, l); east = Math.max(east, l); south = Math.min(south, lat); north = Math.max(north, lat);
  }
  let middle = (west + east) / 2;
  while (middle > 180) middle -= 360;
  while (middle < -180) middle += 360;
  const [cx, cy] = toBox([middle, (south + north) / 2]);
  const corners = [[west, south], [east, north], [west, north], [east, south]].map(project);
  const width = (Math.max(...corners.map((c) => c[0])) - Math.min(...corners.map((c) => c[0]))) * scale;
  const height = (Math.max(...corners.map((c) => c[1])) - Math.min(...corners.map((c) => c[1]))) * scale;
  return [fixed(cx) + "," + fixed(cy), (Math.round(Math.max(width, height) * PRECISION) / PRECISION).toString()];
}

function polygons(geometry) {
  if (geometry.type === "Polygon") return [geometry.coordinates];
  if (geometry.type === "MultiPolygon") return geometry.coordinates;
  return [];
}

function features(file) {
  const world = require("world-atlas/" + file);
  return topojson.feature(world, world.objects.countries).features;
}

const coarse = features("countries-110m.json");
const known = new Set(coarse.map((f) => f.id));
const fine = features("countries-50m.json").filter((f) => f.id !== undefined && !known.has(f.id));

const lines = [];
for (const feature of coarse.concat(fine)) {
  if (feature.id === "010") continue;
  const code = feature.id === undefined ? "-" : iso.numericToAlpha2(feature.id);
  if (!code) throw new Error("no alpha-2 code for " + feature.id + " " + feature.properties.name);
  const rings = [];
  for (const polygon of polygons(feature.geometry)) {
    for (const whole of polygon) {
      for (const r of pieces(whole)) rings.push(ring(r));
    }
  }
  const [centre, size] = box(feature);
  lines.push([code, centre, size, rings.join("")].join("\t"));
}
lines.sort();
process.stdout.write("# Natural Earth country boundaries (public domain) via npm world-atlas 2.0.2; see NOTICE.md\n");
process.stdout.write("# box\t" + WIDTH + "\t" + height + "\n");
process.stdout.write("# code\tcentre\tsize\tpath\n");
process.stdout.write(lines.join("\n") + "\n");
