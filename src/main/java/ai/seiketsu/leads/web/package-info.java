@NullMarked
package ai.seiketsu.leads.web;

import org.jspecify.annotations.NullMarked;
