/* Built as a plain script: it defines a global of another name and never ModuleUI. */
self.PeptideScorer = function PeptideScorer() {
  return null
}
