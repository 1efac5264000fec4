/**
 * Leads: the people who may buy, sell or rent, with what the agency learned about them, an explainable score
 * ({@link ai.seiketsu.leads.LeadScoring}), a pipeline stage with the product's move rules
 * ({@link ai.seiketsu.leads.LeadStage}), a timeline of every change, staff notes and follow-up tasks.
 * {@link ai.seiketsu.leads.Leads} and {@link ai.seiketsu.leads.LeadTasks} are the API; facts other modules react
 * to are published as {@link ai.seiketsu.leads.LeadCreated}, {@link ai.seiketsu.leads.LeadUpdated} and
 * {@link ai.seiketsu.leads.LeadQualified} (ids only).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "tenancy", "identity", "conversations" })
package ai.seiketsu.leads;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
