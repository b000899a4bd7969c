package org.semanticinpaint.train;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.semanticinpaint.bundle.TfConfig;
import org.semanticinpaint.bundle.NetSignatures;
import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.bundle.BundleHashes;
import org.semanticinpaint.bundle.BundleException;
import org.semanticinpaint.nets.CardConfigs;
import org.semanticinpaint.nets.BuiltNet;
import org.semanticinpaint.nets.NetGraphs;
import org.semanticinpaint.nets.NetScope;
import org.semanticinpaint.nets.Weights;

import com.google.protobuf.CodedOutputStream;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.proto.SavedModel;
import org.tensorflow.types.TFloat32;

/**
 * Writes a bundle: the three networks as inference-only SavedModels (forward graph, weights as variables, no
 * optimizer state: about 4 bytes per parameter) and model.json. The graph is rebuilt from the card so the export
 * never carries training-only ops. The card gets the SHA-256 of every network file, which the loader checks.
 */
public final class BundleExporter {

	private BundleExporter() {}

	/** Network weights of one bundle. */
	public record BundleWeights(Weights inpaint, Weights segment, Weights decode) {}

	public static void export(Path dir, ModelCard card, BundleWeights w) throws IOException {
		Files.createDirectories(dir);
		exportNetwork(dir.resolve(NetSignatures.INPAINT), tf -> NetGraphs.inpaint(tf, CardConfigs.inpaint(card),
			NetScope.Mode.EXPORT, null, 0), w.inpaint());
		exportNetwork(dir.resolve(NetSignatures.SEGMENT), tf -> NetGraphs.segment(tf, CardConfigs.segment(card),
			NetScope.Mode.EXPORT, null, 0), w.segment());
		exportNetwork(dir.resolve(NetSignatures.DECODE), tf -> NetGraphs.decode(tf, CardConfigs.decode(card),
			NetScope.Mode.EXPORT, null, 0), w.decode());
		BundleHashes.record(dir, card);
		card.write(dir.resolve(ModelCard.FILE));
	}

	/** Builds a network with uninitialised variables, assigns the weights, and saves it. */
	public static void exportNetwork(Path dir, java.util.function.Function<Ops, BuiltNet> builder, Weights weights)
		throws IOException
	{
		deleteRecursively(dir);
		try (Graph g = new Graph(); Session s = new Session(g, TfConfig.session(0))) {
			Ops tf = Ops.create(g);
			BuiltNet net = builder.apply(tf);
			Session.Runner assign = s.runner();
			java.util.List<TFloat32> fed = new java.util.ArrayList<>();
			try {
				for (Map.Entry<String, Operand<TFloat32>> p : net.scope().parameters().entrySet()) {
					Weights.Entry e = weights.get(p.getKey());
					if (e == null) throw new IllegalArgumentException("no weights for " + p.getKey());
					long[] want = net.scope().shapes().get(p.getKey());
					if (!java.util.Arrays.equals(want, e.shape())) throw new IllegalArgumentException("weights for " +
						p.getKey() + " have shape " + java.util.Arrays.toString(e.shape()) + ", the network needs " +
						java.util.Arrays.toString(want));
					Placeholder<TFloat32> v = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(want)));
					TFloat32 t = TFloat32.tensorOf(Shape.of(want), DataBuffers.of(e.values(), true, false));
					fed.add(t);
					assign.feed(v, t).addTarget(tf.assign(p.getValue(), v));
				}
				assign.run();
			}
			finally {
				fed.forEach(TFloat32::close);
			}
			SavedModelBundle.exporter(dir.toString()).withSession(s).withSignature(net.signature()).export();
		}
		rewriteDeterministically(dir.resolve("saved_model.pb"));
	}

	/**
	 * TensorFlow writes the graph's attribute maps in any order, so the same network would get another hash on every
	 * export; written again with sorted maps, the same weights and card make the same bundle, byte for byte.
	 */
	static void rewriteDeterministically(Path savedModel) throws IOException {
		SavedModel m = SavedModel.parseFrom(Files.readAllBytes(savedModel));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		CodedOutputStream out = CodedOutputStream.newInstance(bytes);
		out.useDeterministicSerialization();
		m.writeTo(out);
		out.flush();
		Files.write(savedModel, bytes.toByteArray());
	}

	static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) return;
		try (Stream<Path> w = Files.walk(dir)) {
			for (Path p : (Iterable<Path>) w.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
		}
	}
}
