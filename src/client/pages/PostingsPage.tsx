// Placeholder until the page is built in this change.
export function PostingsPage() {
  return null
}
