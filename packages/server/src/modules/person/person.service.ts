import type { PersonRepository } from './person.repository';

export class PersonService {
  constructor(readonly repository: PersonRepository) {}
}
