@NullMarked
package ai.seiketsu.conversations.web;

import org.jspecify.annotations.NullMarked;
