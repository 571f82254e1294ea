/** Where this browser keeps the design being worked on. */
export const DRAFT_KEY = 'openstack-design-wizard/draft';
/** Where a draft that cannot be read is moved, so it no longer blocks a visit but is not destroyed. */
export const DRAFT_ASIDE_KEY = 'openstack-design-wizard/draft-unreadable';
