/**
 * A demo agency for newcomers ({@code SEIKETSU_DEMO=true}): listings in three cities, a team with availability,
 * leads in every stage and a voice agent, so that the product shows something alive on its first run.
 */
@NullMarked
package ai.seiketsu.demo;

import org.jspecify.annotations.NullMarked;
