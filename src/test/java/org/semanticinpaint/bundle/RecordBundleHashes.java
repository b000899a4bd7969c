package org.semanticinpaint.bundle;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * One-off: writes the SHA-256 of every network file into the model.json of bundles exported before the loader
 * checked them (the shipped ones were). Run only on bundles you know to be intact:
 * {@code java -cp target/test-classes:target/classes:... org.semanticinpaint.bundle.RecordBundleHashes models/*}.
 */
public final class RecordBundleHashes {

	private RecordBundleHashes() {}

	public static void main(String[] args) throws Exception {
		for (String a : args) {
			Path dir = Paths.get(a);
			ModelCard card = ModelCard.read(dir.resolve(ModelCard.FILE));
			BundleHashes.record(dir, card);
			card.write(dir.resolve(ModelCard.FILE));
			System.out.println(dir + ": " + card.sha256.size() + " files");
		}
	}
}
