import type { Rule } from '../src/core/types.js';
import businessRepost from './business-repost.js';
import broadcastOnly from './broadcast-only.js';
import duplicatePost from './duplicate-post.js';
import hashtagOveruse from './hashtag-overuse.js';
import offPositioning from './off-positioning.js';
import platformLength from './platform-length.js';
import profanity from './profanity.js';
import oversharing from './oversharing.js';
import partyPhoto from './party-photo.js';
import personalInfo from './personal-info.js';

/** The built-in rules, in the order they are documented. */
export const rules: readonly Rule[] = [oversharing, personalInfo, partyPhoto, businessRepost, duplicatePost, offPositioning, broadcastOnly, hashtagOveruse, platformLength, profanity] as Rule[];
