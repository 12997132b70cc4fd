import { cachedPageLayout } from "@/components/shell/cached-page";
import { readSignInPageKey } from "@/lib/auth/sign-in-state";

/** The cached sign-in page's frame: the auth area's messages (the form's). */
const layout = cachedPageLayout(readSignInPageKey, "/logind", ["auth"]);
export const generateMetadata = layout.generateMetadata;
export default layout.Layout;
