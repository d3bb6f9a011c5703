export { DateTimeISOResolver as DateTimeISO, LocalDateResolver as LocalDate } from 'graphql-scalars';
