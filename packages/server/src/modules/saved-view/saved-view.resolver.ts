import { FieldResolver, Resolver, Root } from 'type-graphql';
import { crudResolver } from '../../graphql/crud.resolver';
import { storedReadResolver } from '../../graphql/stored-read.resolver';
import {
  CreateSavedViewInput,
  SavedViewFilterInput,
  UpdateSavedViewInput,
} from './saved-view.input';
import { placementsOf, type NodePlacement } from './saved-view.service';
import { NodePosition, SavedView, SavedViewConnection } from './saved-view.type';

const SavedViewCrudResolver = crudResolver({
  name: 'SavedView',
  type: SavedView,
  createInput: CreateSavedViewInput,
  updateInput: UpdateSavedViewInput,
  descriptions: {
    create: 'Saves an explorer view (name, state, node positions) for everyone from members up.',
    update: 'Renames a saved view or stores its new state and positions; CONFLICT when stale.',
    delete: 'Deletes a saved view; returns its id.',
  },
  writes: ({ savedView }) => ({
    create: (...args) => savedView.create(...args),
    findById: (id) => savedView.find(id),
    update: (...args) => savedView.update(...args),
    delete: (...args) => savedView.delete(...args),
  }),
});

/** `savedViews` and `savedView(id)`, for members and up (the visibility matrix). */
const SavedViewReadResolver = storedReadResolver({
  list: { name: 'savedViews', description: 'Saved explorer views, by name.' },
  one: { name: 'savedView', description: 'One saved explorer view by id.' },
  type: SavedView,
  connection: SavedViewConnection,
  filter: SavedViewFilterInput,
  reads: ({ savedView }) => ({
    list: (...args) => savedView.list(...args),
    findById: (id) => savedView.find(id),
  }),
});

@Resolver(() => SavedView)
export class SavedViewResolver extends SavedViewCrudResolver {
  @FieldResolver(() => [NodePosition], {
    description: 'Where each node is drawn, exactly as saved; nodes not named are laid out anew.',
  })
  positions(@Root() view: SavedView): NodePlacement[] {
    return placementsOf(view);
  }
}

export const SAVED_VIEW_RESOLVERS = [SavedViewResolver, SavedViewReadResolver];
