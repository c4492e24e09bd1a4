import { useState } from 'react'

export default function App({ runId }: { runId?: string }) {
  // A hook of the React bundled in: under another React (the host's) its dispatcher is null and this throws.
  const [title] = useState('Golden example')
  return <>{`${title} (run ${runId || 'standalone'})`}</>
}
