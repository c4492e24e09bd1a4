type Point = { x: number; y: number }

const round = (value: number) => Math.round(value * 10) / 10

/**
 * SVG path data of a uniform cubic B-spline through dagre's edge points (the curve d3's `curveBasis` draws): smooth
 * bends around other nodes, starting and ending exactly at the first and last point (the nodes' borders).
 */
export function curvePath(points: Point[]): string {
  const [first, ...rest] = points
  if (!first) return ''
  if (rest.length === 0) return `M${round(first.x)},${round(first.y)}`
  if (rest.length === 1) return `M${round(first.x)},${round(first.y)}L${round(rest[0]!.x)},${round(rest[0]!.y)}`
  const parts = [`M${round(first.x)},${round(first.y)}`]
  let p0 = first
  let p1 = rest[0]!
  parts.push(`L${round((5 * p0.x + p1.x) / 6)},${round((5 * p0.y + p1.y) / 6)}`)
  const bezier = (a: Point, b: Point, c: Point) =>
    parts.push(
      `C${round((2 * a.x + b.x) / 3)},${round((2 * a.y + b.y) / 3)} ${round((a.x + 2 * b.x) / 3)},${round((a.y + 2 * b.y) / 3)} ${round((a.x + 4 * b.x + c.x) / 6)},${round((a.y + 4 * b.y + c.y) / 6)}`,
    )
  for (const point of rest.slice(1)) {
    bezier(p0, p1, point)
    p0 = p1
    p1 = point
  }
  bezier(p0, p1, p1)
  parts.push(`L${round(p1.x)},${round(p1.y)}`)
  return parts.join('')
}
