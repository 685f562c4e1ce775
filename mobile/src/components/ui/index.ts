export { Badge } from "./badge";
export { Button } from "./button";
export { Card } from "./card";
export { ChoiceChips, type Choice } from "./choice-chips";
export { EmptyState, Notice } from "./notice";
export { Screen, useScreenScroll } from "./screen";
export { TextField } from "./text-field";
export { Body, Heading, Muted, Title } from "./typography";
