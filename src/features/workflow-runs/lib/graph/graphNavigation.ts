import type { LaidOutNode } from './graphLayout'

/**
 * The node an arrow key moves to from `currentId`, among `nodes` (in reading order): Down and Up to the nearest row
 * below or above (the node closest to the current one's horizontal position), Left and Right along the row, Home and
 * End to the first and last. Undefined when there is nowhere to go (the key is then left alone).
 */
export function nodeInDirection(nodes: LaidOutNode[], currentId: string, key: string): LaidOutNode | undefined {
  const current = nodes.find((node) => node.id === currentId)
  if (!current) return nodes[0]
  if (key === 'Home') return nodes[0]
  if (key === 'End') return nodes[nodes.length - 1]
  const closest = (candidates: LaidOutNode[]) => {
    let best: LaidOutNode | undefined
    for (const node of candidates) {
      if (!best) best = node
      const rankGap = Math.abs(node.rank - current.rank) - Math.abs(best.rank - current.rank)
      if (rankGap < 0 || (rankGap === 0 && Math.abs(node.x - current.x) < Math.abs(best.x - current.x))) best = node
    }
    return best
  }
  switch (key) {
    case 'ArrowDown':
      return closest(nodes.filter((node) => node.rank > current.rank))
    case 'ArrowUp':
      return closest(nodes.filter((node) => node.rank < current.rank))
    case 'ArrowRight':
      return closest(nodes.filter((node) => node.rank === current.rank && node.x > current.x))
    case 'ArrowLeft':
      return closest(nodes.filter((node) => node.rank === current.rank && node.x < current.x))
    default:
      return undefined
  }
}
