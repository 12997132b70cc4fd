/** 404 inside this group's shell: components/shell/group-not-found.tsx. */
export { default, generateMetadata } from "@/components/shell/group-not-found";
