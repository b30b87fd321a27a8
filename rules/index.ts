import type { Rule } from '../src/core/types.js';
import businessRepost from './business-repost.js';
import duplicatePost from './duplicate-post.js';
import oversharing from './oversharing.js';
import partyPhoto from './party-photo.js';

/** The built-in rules, in the order they are documented. */
export const rules: readonly Rule[] = [oversharing, partyPhoto, businessRepost, duplicatePost] as Rule[];
