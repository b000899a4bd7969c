package org.semanticinpaint.data;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The deterministic train/validation split. Groups (file stems, or video sequences) are sorted; for
 * sequence-grouped data the smallest sequence is validation, otherwise every fifth group is.
 */
public final class Split {

	public record Parts(List<Sample> train, List<Sample> validation, String description) {}

	private Split() {}

	public static Parts of(List<Sample> all, DatasetSpec spec) {
		TreeSet<String> groups = new TreeSet<>();
		for (Sample s : all) groups.add(s.group());
		List<String> validation = new ArrayList<>();
		String description;
		if (spec.groupBySequence() && groups.size() > 1) {
			String smallest = null;
			long best = Long.MAX_VALUE;
			for (String g : groups) {
				long n = all.stream().filter(s -> s.group().equals(g)).count();
				if (n < best) { best = n; smallest = g; }
			}
			validation.add(smallest);
			description = "validation = sequence " + smallest + " (" + best + " frames), training = the other " +
				(groups.size() - 1) + " sequences";
		}
		else {
			int i = 0;
			for (String g : groups) if (i++ % 5 == 4) validation.add(g);
			if (validation.isEmpty() && groups.size() > 1) validation.add(groups.last());
			description = "sorted file names; every 5th (index 4, 9, ...) is validation: " + validation.size() +
				" of " + groups.size();
		}
		List<Sample> tr = new ArrayList<>(), va = new ArrayList<>();
		for (Sample s : all) (validation.contains(s.group()) ? va : tr).add(s);
		return new Parts(tr, va, description);
	}
}
