package io.github.mongoapitoolkit.specs.check;

import java.io.Reader;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Maps JSON pointers of a YAML document to the 1-based line where each value starts, so that a
 * finding names the line to edit and not only the pointer.
 */
final class YamlLineIndex {

    private final Map<String, Integer> lines = new HashMap<>();

    YamlLineIndex(Reader yaml) {
        Node root = new Yaml(new LoaderOptions()).compose(yaml);
        if (root != null) {
            index("", root);
        }
    }

    /** The line of the pointer, or of its nearest indexed ancestor; 1 when nothing matches. */
    int lineOf(String pointer) {
        String current = pointer;
        while (true) {
            Integer line = lines.get(current);
            if (line != null) {
                return line;
            }
            if (current.isEmpty()) {
                return 1;
            }
            current = current.substring(0, current.lastIndexOf('/'));
        }
    }

    private void index(String pointer, Node node) {
        lines.put(pointer, node.getStartMark().getLine() + 1);
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    String child = pointer + "/" + JsonPointers.escape(key.getValue());
                    index(child, tuple.getValueNode());
                    lines.put(child, key.getStartMark().getLine() + 1);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                index(pointer + "/" + i, sequence.getValue().get(i));
            }
        }
    }
}
