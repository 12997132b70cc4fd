/** The portal's UI kit (decision 018): every look in one component, Tailwind classes inside it. */
export { Button, ButtonLink, buttonClass, type ButtonVariant } from "./button";
export { Banner, type BannerTone } from "./banner";
export { Badge, BadgeDanger, BadgeInfo, BadgeNeutral, BadgeSuccess, BadgeWarning } from "./badge";
export { Caption, CellTable, DataTable, ListTable, Table, TableHead, Td, Th, type Column } from "./table";
export { Dd, Dl, Dt, H1, H2, H2Small, H3, Intro, LinkList, Muted, Panel, Prose, TextLink } from "./typography";
export { Pagination } from "./pagination";
export { Tabs } from "./tabs";
