// Stands in for Cloudscape's "feature notifications" drawer (vite.config.ts): it shows AWS's own
// "what's new" items, which only a runtime plugin registers, and Gatehouse registers none. The
// real module pulls a drag-and-drop library (@dnd-kit, ~15 KB gzip) into every console page.
export function RuntimeContentPart() {
  return null;
}

export default function RuntimeFeaturesNotificationDrawer() {
  return null;
}
