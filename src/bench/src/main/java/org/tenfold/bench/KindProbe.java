package org.tenfold.bench;

import java.util.List;
import org.tenfold.bench.load.SearchKind;
import org.tenfold.bench.plan.QueryPlans.ExplainedQuery;

/**
 * What one kind of search looks like before the load: an example text, how many clients such
 * searches typically find (the median over a few texts), and the plans of the SQL it sent.
 */
record KindProbe(SearchKind kind, String example, long medianHits, List<ExplainedQuery> queries) {
}
