@NullMarked
package ai.seiketsu.listings.web;

import org.jspecify.annotations.NullMarked;
