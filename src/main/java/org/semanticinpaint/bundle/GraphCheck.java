package org.semanticinpaint.bundle;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tensorflow.proto.CollectionDef;
import org.tensorflow.proto.FunctionDef;
import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.SavedModel;
import org.tensorflow.proto.SignatureDef;
import org.tensorflow.proto.TensorInfo;

/**
 * Reads a parsed {@code saved_model.pb} and refuses it unless it can only compute: every node of every graph and
 * of every library function uses an op of {@link OpAllowlist}, the model has no asset files, and the checkpoint
 * ops ({@link OpAllowlist#FILE_OPS}) are confined to the saver: nothing TensorFlow or TensorFlow-Java runs at
 * load (init ops, table initialisers) or at inference (signature outputs) reaches one, and the restore op reaches
 * no {@code SaveV2}. This is pure protobuf reading: no TensorFlow session or graph exists while it runs.
 */
final class GraphCheck {

	private GraphCheck() {}

	/** @param file names the saved_model.pb in the message ("Model bundle dir: inpaint/saved_model.pb") */
	static void verify(SavedModel model, String file) throws BundleException {
		for (MetaGraphDef m : model.getMetaGraphsList()) {
			for (NodeDef n : m.getGraphDef().getNodeList()) requireAllowed(file, n, "");
			for (FunctionDef f : m.getGraphDef().getLibrary().getFunctionList()) {
				String name = f.getSignature().getName();
				// a function named like an allowed op would run in its place
				if (OpAllowlist.allows(name)) throw refused(file, "defines a function named '" + name + "'");
				for (NodeDef n : f.getNodeDefList()) requireAllowed(file, n, " in function '" + name + "'");
			}
			if (m.getAssetFileDefCount() > 0 || m.containsCollectionDef("saved_model_assets"))
				throw refused(file, "has asset files, which no network of this plugin needs");
			confineFileOps(file, m);
		}
	}

	private static void requireAllowed(String file, NodeDef n, String where) throws BundleException {
		if (!OpAllowlist.allows(n.getOp())) throw refused(file, "uses the operation '" + n.getOp() + "' (node '" +
			n.getName() + "'" + where + "), which no network of this plugin needs");
	}

	/** Walks back from everything that runs at load or inference; the saver's file ops must not be on the way. */
	private static void confineFileOps(String file, MetaGraphDef m) throws BundleException {
		Map<String, NodeDef> nodes = new HashMap<>();
		for (NodeDef n : m.getGraphDef().getNodeList()) nodes.put(n.getName(), n);
		for (String root : runRoots(m)) {
			NodeDef hit = reachedOp(nodes, root, OpAllowlist.FILE_OPS);
			if (hit != null) throw refused(file, "runs the file operation '" + hit.getOp() + "' (node '" +
				hit.getName() + "') at load or inference (from '" + root + "'), outside the saver");
		}
		String restore = m.getSaverDef().getRestoreOpName();
		NodeDef save = restore.isEmpty() ? null : reachedOp(nodes, restore, Set.of("SaveV2"));
		if (save != null) throw refused(file, "writes files (node '" + save.getName() + "') when its weights are restored");
	}

	/**
	 * Node names run at load or at inference: every signature's outputs (serving_default, and the
	 * "__saved_model_init_op" signature of TF2-style init ops) and every node collection ("saved_model_main_op",
	 * "legacy_init_op", "table_initializer", ...).
	 */
	static List<String> runRoots(MetaGraphDef m) {
		List<String> roots = new ArrayList<>();
		for (SignatureDef s : m.getSignatureDefMap().values())
			for (TensorInfo t : s.getOutputsMap().values()) roots.add(t.getName());
		for (CollectionDef c : m.getCollectionDefMap().values())
			if (c.hasNodeList()) roots.addAll(c.getNodeList().getValueList());
		return roots;
	}

	/** The first node with one of {@code ops} among {@code root} and its data and control inputs, or null. */
	private static NodeDef reachedOp(Map<String, NodeDef> nodes, String root, Set<String> ops) {
		Deque<String> todo = new ArrayDeque<>(List.of(nodeName(root)));
		Set<String> seen = new HashSet<>();
		while (!todo.isEmpty()) {
			NodeDef n = nodes.get(todo.pop());
			if (n == null || !seen.add(n.getName())) continue;
			if (ops.contains(n.getOp())) return n;
			for (String in : n.getInputList()) todo.push(nodeName(in));
		}
		return null;
	}

	/** "^name" (control input), "name:1" (second output) and "name" all mean the node "name". */
	static String nodeName(String input) {
		String s = input.startsWith("^") ? input.substring(1) : input;
		int colon = s.indexOf(':');
		return colon < 0 ? s : s.substring(0, colon);
	}

	private static BundleException refused(String file, String what) {
		return new BundleException(file + " " + what + "; it was refused before TensorFlow loaded it. " +
			"If you built this bundle yourself, " + BundleTrust.HOW_TO_TRUST);
	}
}
