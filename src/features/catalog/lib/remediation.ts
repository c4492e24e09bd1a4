import type { IntakeStep } from '@/shared/contract/modules'

/**
 * What a module developer does about a rejected version (issue 4 §2, the platform troubleshooting guide's advice).
 * Keyed by the intake's `errorCode`; a failed step without a known code falls back to the step's own advice.
 */
export type Remediation = { title: string; steps: string[] }

const BY_CODE: Record<string, Remediation> = {
  SECURITY_SCAN_FAILED: {
    title: 'The security scan found HIGH or CRITICAL vulnerabilities',
    steps: [
      'Fix the HIGH/CRITICAL findings: rebuild on a patched base image and upgrade the affected packages.',
      'Rebuild the image, push it under a new tag and resubmit it as a new version (versions are immutable).',
      'Scan locally before publishing (for example with trivy image <ref>) to catch the findings earlier.',
    ],
  },
  REGISTRY_UNAUTHORIZED: {
    title: 'The image lies outside every registry your organization allows',
    steps: [
      'Push the image to a registry namespace your organization has onboarded, or ask an organization admin to add one.',
      'Resubmit with the new image reference.',
    ],
  },
  INVALID_IMAGE_REFERENCE: {
    title: 'The image reference does not parse',
    steps: ['Use the form registry/namespace/name:tag (or @sha256:…) and resubmit.'],
  },
  VALIDATION_FAILED: {
    title: 'The manifest did not pass review',
    steps: [
      'Run hla-compass validate on the manifest and fix what it reports (schema, entrypoint, permissions, resources).',
      'Publish the corrected manifest as a new version.',
    ],
  },
  DIGEST_UNAVAILABLE: {
    title: 'The image digest could not be captured',
    steps: ['Check that the tag exists and the registry credential can pull it, then resubmit.'],
  },
  MIRROR_FAILED: {
    title: 'The image could not be copied into the platform registry',
    steps: ['Check that the registry is reachable and its read credential is valid (Test connection), then resubmit.'],
  },
  UI_BUNDLE_INVALID: {
    title: 'The UI bundle is missing or malformed',
    steps: [
      'Build the UI as a UMD bundle.js that assigns window.ModuleUI, with react as an external.',
      'Try it in the module harness, then publish a new version.',
    ],
  },
  POLICY_VIOLATION: {
    title: 'The version breaks an organization policy',
    steps: [
      'Remove secrets from the image and manifest, keep network access to the allow-list, stay within the quotas.',
      'Publish a new version.',
    ],
  },
}

/** Advice for a failed step when the version carries no (known) error code. */
const BY_STEP: Record<string, string> = {
  digest: 'DIGEST_UNAVAILABLE',
  mirror: 'MIRROR_FAILED',
  scan: 'SECURITY_SCAN_FAILED',
  manifest: 'VALIDATION_FAILED',
  ui: 'UI_BUNDLE_INVALID',
  policy: 'POLICY_VIOLATION',
}

const GENERIC: Remediation = {
  title: 'Intake rejected this version',
  steps: ['Read the failed step’s message, fix the cause, and publish a new version.'],
}

/** The remediation for a rejected version: by its error code, else by its failed step, else generic advice. */
export function remediationFor(errorCode: string | undefined, steps: IntakeStep[] = []): Remediation {
  if (errorCode && BY_CODE[errorCode]) return BY_CODE[errorCode]
  const failed = steps.find((step) => step.status === 'failed')
  const byStep = failed ? BY_STEP[failed.key] : undefined
  return (byStep && BY_CODE[byStep]) || GENERIC
}

/** Human names of the six intake steps (api-contract §5), in pipeline order. */
export const INTAKE_STEP_LABELS: Record<string, string> = {
  digest: 'Digest capture',
  mirror: 'Mirror to platform registry',
  scan: 'Security scan',
  manifest: 'Manifest review',
  ui: 'UI bundle check',
  policy: 'Policy',
}
