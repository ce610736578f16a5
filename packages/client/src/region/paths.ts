/** The admin page that shows and loads the region. */
export const ADMIN_REGION_PATH = '/admin/region';
