@NullMarked
package ai.seiketsu.audit.web;

import org.jspecify.annotations.NullMarked;
