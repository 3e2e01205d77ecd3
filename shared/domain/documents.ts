/**
 * Evidence documents (SPEC §11): what an applicant may upload to an application, and how the
 * verifying function recognises a file's type from its leading bytes. Plain data and pure
 * functions: the API, the verifier, the schemas and the tests share them.
 */
import type { ApplicationStatus } from './application.js';

export const DOCUMENT_KINDS = [
  'RND_AUDIT_REPORT',
  'OPERATING_COST_STATEMENT',
  'FINANCIAL_STATEMENT',
  'BUSINESS_LICENCE',
  'RECOGNITION_CERTIFICATE',
  'ACTIVITY_PLAN',
  'OTHER',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_CONTENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type DocumentContentType = (typeof DOCUMENT_CONTENT_TYPES)[number];

export const DOCUMENT_STATUSES = ['PENDING', 'VERIFIED', 'REJECTED'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Why the verifier refused an uploaded object (stored and shown as this code). */
export const REJECT_REASONS = ['SIZE_MISMATCH', 'CHECKSUM_MISMATCH', 'TYPE_MISMATCH'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** 20 MiB: the largest document accepted. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** Documents per application, whatever their status (a rejected one keeps its record). */
export const MAX_DOCUMENTS_PER_APPLICATION = 20;
/** While an application is in one of these, its owner may add documents (SPEC §11). */
export const DOCUMENT_UPLOAD_STATUSES: readonly ApplicationStatus[] = [
  'SUBMITTED',
  'NEEDS_REVIEW',
  'INELIGIBLE',
  'REJECTED',
];

/** How long the presigned PUT and GET are valid, in seconds. */
export const UPLOAD_URL_SECONDS = 15 * 60;
export const DOWNLOAD_URL_SECONDS = 5 * 60;

/** The leading bytes each declared type must start with. */
const SIGNATURES: Record<DocumentContentType, readonly number[]> = {
  'application/pdf': [...Buffer.from('%PDF-', 'latin1')],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/** Bytes the verifier must read from the start of an object to check any signature. */
export const SIGNATURE_LENGTH = Math.max(...Object.values(SIGNATURES).map((signature) => signature.length));

/** True when the object's first bytes are the declared type's signature. */
export function matchesSignature(contentType: DocumentContentType, leading: Uint8Array): boolean {
  const signature = SIGNATURES[contentType];
  return leading.length >= signature.length && signature.every((byte, i) => leading[i] === byte);
}

/** The SHA-256 as S3's `x-amz-checksum-sha256` wants it: base64 of the digest, from its 64 hex digits. */
export const checksumHeader = (sha256Hex: string): string => Buffer.from(sha256Hex, 'hex').toString('base64');

/** Which kinds a reviewer expects for each programme (README; any kind is accepted on any programme). */
export const EXPECTED_KINDS = {
  OSP_RND: ['RND_AUDIT_REPORT', 'RECOGNITION_CERTIFICATE'],
  OSP_OPERATING: ['OPERATING_COST_STATEMENT', 'RECOGNITION_CERTIFICATE'],
  AI_ACTIVITY: ['ACTIVITY_PLAN'],
  REVENUE_MILESTONE: ['FINANCIAL_STATEMENT'],
  ENTERPRISE_SETTLEMENT: ['BUSINESS_LICENCE'],
  NATIONAL_PLATFORM: ['RECOGNITION_CERTIFICATE'],
} as const satisfies Record<string, readonly DocumentKind[]>;
