import { cachedPageLayout } from "@/components/shell/cached-page";
import { readVersionPageKey } from "@/lib/domain/agreements/version-page-key";

/** The cached agreement version page's frame (decision 037): the agreements menu item marked. */
const layout = cachedPageLayout(readVersionPageKey, "/aftaler", []);
export const generateMetadata = layout.generateMetadata;
export default layout.Layout;
