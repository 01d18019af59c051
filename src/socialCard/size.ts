/** The social card's size in pixels: what social sites ask for (1.91:1). */
export const cardWidth = 1200;
export const cardHeight = 630;
