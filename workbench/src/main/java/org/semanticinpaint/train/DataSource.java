package org.semanticinpaint.train;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.semanticinpaint.data.DatasetSpec;

/**
 * Where a run's images come from and where its bundle goes.
 *
 * @param name the bundle's name (null: the output folder's); for a folder, also the dataset's
 * @param channels, classes for a person's own folder ({@code dataset} "folder") only
 */
public record DataSource(String dataset, Path data, Path out, String name, int channels, List<String> classes) {

	public DataSource {
		classes = List.copyOf(classes);
	}

	/** From {@code --dataset}, {@code --data}, {@code --out}, {@code --name}, {@code --channels}, {@code --classes}. */
	static DataSource of(Map<String, String> a) {
		String dataset = a.getOrDefault("dataset", "em-nanoparticles");
		String dataName = dataset.equals("folder") ? a.getOrDefault("name", "my-data") : dataset;
		return new DataSource(dataset, Paths.get(a.getOrDefault("data", "../shared/data/" + dataName)),
			Paths.get(a.getOrDefault("out", "models/" + dataName)), a.get("name"),
			Integer.parseInt(a.getOrDefault("channels", "1")),
			TrainOptions.list(a.getOrDefault("classes", "background,object")));
	}

	/** A built-in dataset, or a person's folder with the classes given (colours spread over the hue circle). */
	public DatasetSpec spec() {
		if (!dataset.equals("folder")) return DatasetSpec.byName(dataset);
		List<DatasetSpec.ClassInfo> infos = new ArrayList<>();
		for (int i = 0; i < classes.size(); i++) {
			java.awt.Color col = java.awt.Color.getHSBColor(i / (float) classes.size(), 0.8f, 0.9f);
			infos.add(new DatasetSpec.ClassInfo(classes.get(i), col.getRed(), col.getGreen(), col.getBlue()));
		}
		return DatasetSpec.folder(name != null ? name : "my-data", channels, infos);
	}

	/** The name a new bundle's card gets. */
	public String bundleName() {
		return name != null ? name : out.getFileName().toString();
	}
}
