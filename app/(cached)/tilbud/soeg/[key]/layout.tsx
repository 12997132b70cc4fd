import { cachedPageLayout } from "@/components/shell/cached-page";
import { readLookupPageKey } from "@/lib/domain/offers/lookup-query";

/** The cached lookup's frame: "Tilbud" marked in the menu, the offers area's messages. */
const layout = cachedPageLayout(readLookupPageKey, "/tilbud", ["offers"]);
export const generateMetadata = layout.generateMetadata;
export default layout.Layout;
