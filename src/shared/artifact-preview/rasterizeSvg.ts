/** A PNG drawn from an SVG, and the SVG's own size in CSS pixels (the PNG has twice as many, for sharp screens). */
export type DrawnImage = { blob: Blob; width: number; height: number }

/** The largest side a drawn SVG gets, in pixels. */
const MAX_SIDE = 4096

/**
 * An SVG file drawn into a PNG (issue 18: "SVG never inline"). Even in an `<img>`, where its scripts never run, an SVG
 * behind a `blob:` URL of the console's origin would run them if someone opened that URL in a tab of its own; a PNG
 * has nothing to run. The SVG's own URL exists only while it is drawn.
 */
export async function rasterizeSvg(bytes: Uint8Array<ArrayBuffer>): Promise<DrawnImage> {
  const url = URL.createObjectURL(new Blob([bytes], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const width = image.naturalWidth || 800
    const height = image.naturalHeight || 600
    const scale = Math.min(2, MAX_SIDE / Math.max(width, height))
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(width * scale)
    canvas.height = Math.round(height * scale)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('This browser cannot draw the image.')
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    const blob = await new Promise<Blob>((resolve, reject) => {
      try {
        canvas.toBlob((drawn) => (drawn ? resolve(drawn) : reject(new Error('The image could not be drawn.'))), 'image/png')
      } catch {
        // The browser keeps what an SVG's embedded HTML (a foreignObject) draws from being read back, by design.
        reject(new Error('it embeds HTML (a foreignObject), which a preview does not draw. Download it to view it.'))
      }
    })
    return { blob, width, height }
  } finally {
    URL.revokeObjectURL(url)
  }
}
